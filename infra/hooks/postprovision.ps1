# azd postprovision hook (Windows): the same steps as postprovision.sh. Secret values are read with
# Read-Host -AsSecureString and handed to az in a temporary file that only this user can read and that is
# deleted at once, never on a command line, in .azure/<env>/.env or on screen.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$vault = $env:KEY_VAULT_NAME
$appUrl = $env:AZURE_FUNCTION_URL
if (-not $vault -or -not $appUrl) { throw 'KEY_VAULT_NAME or AZURE_FUNCTION_URL is not set: run this hook through azd after provisioning.' }
$root = Resolve-Path (Join-Path $PSScriptRoot '../..')

$existing = @(az keyvault secret list --vault-name $vault --query '[].name' -o tsv)

function Write-Secret([string] $name, [string] $value) {
    $file = New-TemporaryFile
    try {
        [System.IO.File]::WriteAllText($file.FullName, $value)
        az keyvault secret set --vault-name $vault --name $name --file $file.FullName --encoding utf-8 -o none
        if ($LASTEXITCODE -ne 0) { throw "az keyvault secret set failed for $name." }
    }
    finally {
        Remove-Item $file.FullName -Force
    }
}

function Read-Hidden([string] $prompt) {
    if ([Console]::IsInputRedirected) {
        Write-Host "${prompt}: "
        return [Console]::In.ReadLine()
    }
    $secure = Read-Host -Prompt $prompt -AsSecureString
    return [System.Net.NetworkCredential]::new('', $secure).Password
}

$missing = [System.Collections.Generic.List[string]]::new()
function Request-Secret([string] $name, [string] $label) {
    if ($existing -contains $name) {
        Write-Host "Key Vault already holds $name."
        return
    }
    $value = Read-Hidden "$label (for $name; empty to skip)"
    if ($value) {
        Write-Secret $name $value
        Write-Host "Wrote $name to $vault."
    }
    else {
        $missing.Add($name)
    }
}

Request-Secret 'powerschool-sis-client-id' 'PowerSchool SIS plugin client id'
Request-Secret 'powerschool-sis-client-secret' 'PowerSchool SIS plugin client secret'
Request-Secret 'powerschool-enrollment-api-key' 'PowerSchool Enrollment API key'
foreach ($source in @(($env:WEBHOOK_SOURCES ?? '') -split ',' | Where-Object { $_ })) {
    Request-Secret "webhook-$source-secret" "Webhook signing secret of $source"
}

if ($existing -contains 'psfunctions-hash-key') {
    Write-Host 'Key Vault already holds psfunctions-hash-key.'
}
else {
    $bytes = [System.Security.Cryptography.RandomNumberGenerator]::GetBytes(32)
    Write-Secret 'psfunctions-hash-key' ([Convert]::ToBase64String($bytes))
    Write-Host "Created psfunctions-hash-key (a random 32-byte key) in $vault."
}

$envName = if ($env:AZURE_ENV_NAME) { $env:AZURE_ENV_NAME } else { 'default' }
$plugin = Join-Path $root ".azure/$envName/powerschool-plugin.zip"
New-Item -ItemType Directory -Force -Path (Split-Path $plugin) | Out-Null
dotnet run --project (Join-Path $root 'src/PsFunctions.Local') -- plugin --output $plugin
if ($LASTEXITCODE -ne 0) { throw 'Writing the PowerSchool plugin failed.' }

Write-Host ''
Write-Host 'Next steps'
Write-Host '  1. PowerSchool: System > System Settings > Plugin Management Configuration > Install: upload'
Write-Host "     $plugin, enable it, and open its Data Configuration page for the client id and secret."
if ($missing.Count -gt 0) {
    Write-Host "  2. Put the missing secrets in Key Vault ${vault}: $($missing -join ' ')"
    Write-Host "     (azd hooks run postprovision asks again; or az keyvault secret set --vault-name $vault --name <name> --file <file>)."
}
else {
    Write-Host "  2. Key Vault $vault holds every secret the app reads."
}
Write-Host "  3. After the deploy, $appUrl/api/health says whether the app is configured."
