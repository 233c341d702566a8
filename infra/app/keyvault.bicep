// Key Vault for the PowerSchool credentials and webhook signing secrets. Access is by Azure RBAC only
// (no access policies); the app reads secrets by name with its managed identity.
param name string
param location string
param tags object

@description('Turn on purge protection. Off by default so `azd down --purge` can remove a test environment; turn it on for production.')
param enablePurgeProtection bool = false

@description('Secret names the app reads (PowerSchool:Sis:ClientIdSecretName, PowerSchool:Sis:ClientSecretSecretName, PowerSchool:Enrollment:ApiKeySecretName).')
param sisClientIdSecretName string
param sisClientSecretSecretName string
param enrollmentApiKeySecretName string

@secure()
@description('PowerSchool SIS plugin client id. Empty: the secret is not written (set it later with az keyvault secret set).')
param sisClientId string = ''

@secure()
@description('PowerSchool SIS plugin client secret. Empty: the secret is not written.')
param sisClientSecret string = ''

@secure()
@description('PowerSchool Enrollment API key. Empty: the secret is not written.')
param enrollmentApiKey string = ''

@secure()
@description('Webhook signing secrets by source, e.g. {"district-portal": "..."}; each is stored as webhook-<source>-secret.')
param webhookSecrets object = {}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // ARM rejects an explicit false here; leaving the property out means "off".
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

// Only the values actually passed are written, so a re-provision never blanks a secret set by hand.
var providedSecrets = filter(
  concat(
    [
      { name: sisClientIdSecretName, value: sisClientId }
      { name: sisClientSecretSecretName, value: sisClientSecret }
      { name: enrollmentApiKeySecretName, value: enrollmentApiKey }
    ],
    map(items(webhookSecrets), webhook => { name: 'webhook-${webhook.key}-secret', value: webhook.value })
  ),
  secret => !empty(secret.value)
)

resource secrets 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = [
  for secret in providedSecrets: {
    parent: vault
    name: secret.name
    properties: {
      value: secret.value
    }
  }
]

output name string = vault.name
output uri string = vault.properties.vaultUri
