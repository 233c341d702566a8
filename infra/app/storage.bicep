// One storage account for the Functions host (AzureWebJobsStorage), the app's own data (PsStorage) and the
// Flex Consumption deployment package. Keys are disabled: every caller authenticates with Entra ID.
param name string
param location string
param tags object

@description('Private blob container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

@description('Private blob containers the app reads and writes.')
param containerNames string[] = [
  'enrollment-batches'
  'student-documents'
]

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
  'deadletters'
  'snapshots'
  'syncstate'
  'webhookdeliveries'
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
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
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
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
