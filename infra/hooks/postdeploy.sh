#!/bin/sh
# azd postdeploy hook: asks the deployed app how it is (/api/health, anonymous) and what it reports
# (/api/status, with the function key from `az functionapp function keys list`) and prints both answers.
set -eu

app=${AZURE_FUNCTION_NAME:?AZURE_FUNCTION_NAME is not set: run this hook through azd after deploying}
group=${AZURE_RESOURCE_GROUP:?AZURE_RESOURCE_GROUP is not set}
app_url=${AZURE_FUNCTION_URL:?AZURE_FUNCTION_URL is not set}

echo "GET $app_url/api/health"
if ! curl -sS --fail-with-body --max-time 60 "$app_url/api/health"; then
  echo
  echo "The app did not answer yet; a first deploy can take a minute (and may answer 403 while roles propagate: run azd deploy again)." >&2
fi
echo

key=$(az functionapp function keys list --name "$app" --resource-group "$group" --function-name GetStatus --query default -o tsv)
echo "GET $app_url/api/status"
# The key goes in a header read from stdin, so it is neither in the URL nor on curl's command line.
printf 'x-functions-key: %s\n' "$key" | curl -sS --fail-with-body --max-time 60 -H @- "$app_url/api/status" || true
echo
