#!/bin/sh
# azd preprovision hook: sets AZURE_PRINCIPAL_TYPE from the signed-in account (a person or a pipeline's
# service principal) and stops early when the chosen region has no Flex Consumption plan.
set -eu

account_type=$(az account show --query user.type -o tsv)
case "$account_type" in
  servicePrincipal) principal_type=ServicePrincipal ;;
  *) principal_type=User ;;
esac
azd env set AZURE_PRINCIPAL_TYPE "$principal_type"
echo "Deploying as a $principal_type (AZURE_PRINCIPAL_TYPE)."

location=${AZURE_LOCATION:-}
if [ -n "$location" ]; then
  if ! az functionapp list-flexconsumption-locations --query "[].name" -o tsv | grep -qx "$location"; then
    echo "Region '$location' does not offer the Flex Consumption plan. Pick another: azd env set AZURE_LOCATION <region>" >&2
    echo "(az functionapp list-flexconsumption-locations lists them)." >&2
    exit 1
  fi
  echo "Region $location offers Flex Consumption."
fi
