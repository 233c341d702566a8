// The Function App on a Flex Consumption (FC1) plan, running as the user-assigned identity.
param name string
param planName string
param location string
param tags object

@description('Name of the service in azure.yaml; azd finds the app to deploy to by this tag.')
param serviceName string = 'api'

@description('The app\'s identity: every connection of the code (AZURE_CLIENT_ID).')
param identityId string

@description('The identity the platform reads and writes the deployment package with; the app\'s identity cannot write the package.')
param deploymentIdentityId string
param storageAccountName string
param deploymentContainerName string

@description('Every app setting (identity-based connections, PowerSchool, schedules). A setting not listed here is removed on the next provision.')
param appSettings object

@description('Upper bound on instances. Every instance calls PowerSchool, so this also caps the load on the SIS.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 10

@description('Subnet delegated to Microsoft.App/environments for VNet integration (private endpoints, NAT). Empty: no VNet.')
param subnetId string = ''

@description('Log Analytics workspace the platform\'s function logs go to.')
param logAnalyticsWorkspaceId string

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
      '${deploymentIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    virtualNetworkSubnetId: empty(subnetId) ? null : subnetId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: deploymentIdentityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Flex Consumption takes FUNCTIONS_WORKER_RUNTIME from functionAppConfig.runtime and rejects it as a setting.
resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: appSettings
}

// No publishing passwords: azd deploys with an Entra ID token.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'function-logs'
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      { category: 'FunctionAppLogs', enabled: true }
    ]
  }
}

output name string = site.name
output id string = site.id
output defaultHostName string = site.properties.defaultHostName
