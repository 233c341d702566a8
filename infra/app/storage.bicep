// One storage account for the Functions host (AzureWebJobsStorage), the app's own data (PsStorage) and the
// Flex Consumption deployment package. Keys are disabled: every caller authenticates with Entra ID.
param name string
param location string
param tags object

@description('Private blob container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

@description('Private blob containers the app and the Functions host read and write (created here: the app\'s identity holds roles on these containers only, so it could not create them).')
param containerNames string[]

@description('Days blobs in retainedContainerNames are kept after they were last written. 0 keeps everything (no lifecycle rule).')
@minValue(0)
param retentionDays int = 0

@description('Containers the retention rule applies to (raw Enrollment batches, mirrored documents).')
param retainedContainerNames string[] = []

@description('False: public network access off; the app reaches the account through private endpoints.')
param publicNetworkAccess bool = true

@description('Log Analytics workspace the blob read, write and delete logs go to.')
param logAnalyticsWorkspaceId string

@description('Queues the app triggers on, with their poison queues. The app may also create them; creating them here makes them visible from the first deploy.')
param queueNames string[] = [
  'student-upserts'
  'student-upserts-poison'
  'document-mirror'
  'document-mirror-poison'
  'webhook-commands'
  'webhook-commands-poison'
]

@description('Tables the app keeps its ledgers and sync state in.')
param tableNames string[] = [
  'batchledger'
  'upsertledger'
  'studentclaims'
  'rejections'
  'attention'
  'deadletters'
  'snapshots'
  'syncstate'
  'webhookdeliveries'
  'audit'
  'consoleactions'
]

@description('Days a deleted blob or container can be restored.')
@minValue(1)
@maxValue(365)
param deleteRetentionDays int = 7

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: publicNetworkAccess ? 'Enabled' : 'Disabled'
    networkAcls: {
      defaultAction: publicNetworkAccess ? 'Allow' : 'Deny'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // Student documents deleted by mistake stay recoverable for a while.
    deleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for containerName in union(containerNames, [deploymentContainerName]): {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

// Who read, wrote or deleted which blob (student documents included), kept in Log Analytics.
resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: blobService
  name: 'blob-audit'
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      { category: 'StorageRead', enabled: true }
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
  }
}

// Raw batches and documents deleted retentionDays after their last write; without a retention nothing is deleted.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = if (retentionDays > 0 && !empty(retainedContainerNames)) {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'retention'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: map(retainedContainerNames, container => '${container}/')
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: retentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
