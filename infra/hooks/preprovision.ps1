# azd preprovision hook (Windows): the same steps as preprovision.sh.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$accountType = az account show --query user.type -o tsv
if ($LASTEXITCODE -ne 0) { throw 'az account show failed: run az login first.' }
$principalType = if ($accountType -eq 'servicePrincipal') { 'ServicePrincipal' } else { 'User' }
azd env set AZURE_PRINCIPAL_TYPE $principalType
Write-Host "Deploying as a $principalType (AZURE_PRINCIPAL_TYPE)."

$location = $env:AZURE_LOCATION
if ($location) {
    $regions = az functionapp list-flexconsumption-locations --query '[].name' -o tsv
    if ($regions -notcontains $location) {
        Write-Error "Region '$location' does not offer the Flex Consumption plan. Pick another: azd env set AZURE_LOCATION <region> (az functionapp list-flexconsumption-locations lists them)."
        exit 1
    }
    Write-Host "Region $location offers Flex Consumption."
}
