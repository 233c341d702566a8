#!/bin/sh
# azd postprovision hook: asks (hidden input) for each secret Key Vault does not hold yet and writes it with
# `az keyvault secret set`, creates the identity hash key, writes the PowerSchool plugin zip and prints the
# next steps. Secret values go from the prompt to az through a pipe: never into .azure/<env>/.env, a file,
# a command line or the terminal. An empty answer (or no terminal, as in CI) leaves that secret missing; the
# app then reports it in /api/health and /api/status, and re-running `azd hooks run postprovision` asks again.
set -eu

vault=${KEY_VAULT_NAME:?KEY_VAULT_NAME is not set: run this hook through azd after provisioning}
app_url=${AZURE_FUNCTION_URL:?AZURE_FUNCTION_URL is not set: run this hook through azd after provisioning}
root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)

existing=$(az keyvault secret list --vault-name "$vault" --query "[].name" -o tsv)
has_secret() { printf '%s\n' "$existing" | grep -qx "$1"; }

# Reads a value without echoing it when stdin is a terminal (stty fails harmlessly when it is not).
read_hidden() {
  printf '%s: ' "$1" >&2
  stty -echo 2>/dev/null || true
  value=''
  IFS= read -r value || true
  stty echo 2>/dev/null || true
  printf '\n' >&2
}

# /dev/stdin keeps the value off the command line, where other processes could read it.
write_secret() {
  printf '%s' "$2" | az keyvault secret set --vault-name "$vault" --name "$1" --file /dev/stdin --encoding utf-8 -o none
}

missing=''
ask_secret() {
  if has_secret "$1"; then
    echo "Key Vault already holds $1."
    return
  fi
  read_hidden "$2 (for $1; empty to skip)"
  if [ -n "$value" ]; then
    write_secret "$1" "$value"
    echo "Wrote $1 to $vault."
  else
    missing="$missing $1"
  fi
  value=''
}

ask_secret powerschool-sis-client-id 'PowerSchool SIS plugin client id'
ask_secret powerschool-sis-client-secret 'PowerSchool SIS plugin client secret'
ask_secret powerschool-enrollment-api-key 'PowerSchool Enrollment API key'
for source in $(printf '%s' "${WEBHOOK_SOURCES:-}" | tr ',' ' '); do
  ask_secret "webhook-$source-secret" "Webhook signing secret of $source"
done

# The key the app hashes student identities with (HMAC-SHA256); the app's identity can only read it.
if has_secret psfunctions-hash-key; then
  echo "Key Vault already holds psfunctions-hash-key."
else
  write_secret psfunctions-hash-key "$(openssl rand -base64 32)"
  echo "Created psfunctions-hash-key (a random 32-byte key) in $vault."
fi

plugin="$root/.azure/${AZURE_ENV_NAME:-default}/powerschool-plugin.zip"
mkdir -p "$(dirname -- "$plugin")"
dotnet run --project "$root/src/PsFunctions.Local" -- plugin --output "$plugin"

echo
echo "Next steps"
echo "  1. PowerSchool: System > System Settings > Plugin Management Configuration > Install: upload"
echo "     $plugin, enable it, and open its Data Configuration page for the client id and secret."
if [ -n "$missing" ]; then
  echo "  2. Put the missing secrets in Key Vault $vault:$missing"
  echo "     (azd hooks run postprovision asks again; or az keyvault secret set --vault-name $vault --name <name> --file <file>)."
else
  echo "  2. Key Vault $vault holds every secret the app reads."
fi
echo "  3. After the deploy, $app_url/api/health says whether the app is configured."
