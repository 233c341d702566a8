# azd postdeploy hook (Windows): the same steps as postdeploy.sh.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$app = $env:AZURE_FUNCTION_NAME
$group = $env:AZURE_RESOURCE_GROUP
$appUrl = $env:AZURE_FUNCTION_URL
if (-not $app -or -not $group -or -not $appUrl) { throw 'AZURE_FUNCTION_NAME, AZURE_RESOURCE_GROUP or AZURE_FUNCTION_URL is not set: run this hook through azd after deploying.' }

Write-Host "GET $appUrl/api/health"
try {
    Write-Host (Invoke-WebRequest -Uri "$appUrl/api/health" -TimeoutSec 60 -SkipHttpErrorCheck).Content
}
catch {
    Write-Warning 'The app did not answer yet; a first deploy can take a minute (and may answer 403 while roles propagate: run azd deploy again).'
}

$key = az functionapp function keys list --name $app --resource-group $group --function-name GetStatus --query default -o tsv
Write-Host "GET $appUrl/api/status"
try {
    Write-Host (Invoke-WebRequest -Uri "$appUrl/api/status" -Headers @{ 'x-functions-key' = $key } -TimeoutSec 60 -SkipHttpErrorCheck).Content
}
catch {
    Write-Warning "The status endpoint did not answer: $($_.Exception.GetType().Name)"
}
