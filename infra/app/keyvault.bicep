// Key Vault for the PowerSchool credentials, the webhook signing secrets and the identity hash key. Access
// is by Azure RBAC only (no access policies); the app reads secrets by name with its managed identity. The
// secrets themselves are written by the post-provision hook (infra/hooks), never by a deployment parameter,
// so no secret value passes through the azd environment or the deployment history.
param name string
param location string
param tags object

@description('Purge protection: on by default, so a deleted vault and its secrets can be recovered for 90 days and not purged. Off only for test environments removed with `azd down --purge`.')
param enablePurgeProtection bool = true

@description('False: public network access off; the app reaches the vault through a private endpoint.')
param publicNetworkAccess bool = true

@description('Log Analytics workspace the AuditEvent log (every secret read and write) goes to.')
param logAnalyticsWorkspaceId string

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
    publicNetworkAccess: publicNetworkAccess ? 'Enabled' : 'Disabled'
    networkAcls: {
      defaultAction: publicNetworkAccess ? 'Allow' : 'Deny'
      bypass: 'AzureServices'
    }
  }
}

resource auditDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: vault
  name: 'vault-audit'
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      { category: 'AuditEvent', enabled: true }
    ]
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
output id string = vault.id
