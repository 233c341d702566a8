// Grants one principal its data-plane roles on the app's resources: the app's identity, the deployment
// identity and the deploying user each call it once; role ids come from main.bicep. Every list may be empty.
param principalId string

@allowed([
  'ServicePrincipal'
  'User'
  'Group'
])
param principalType string

param storageAccountName string
param serviceBusNamespaceName string
param topicName string
param keyVaultName string
param applicationInsightsName string

@description('Blob containers the container roles are granted on (never the whole account, so no principal reaches a container it does not use).')
param containerNames string[] = []

@description('Role definition ids granted on each of containerNames.')
param containerRoleIds string[] = []

@description('Role definition ids granted on the storage account (queues and tables).')
param storageRoleIds string[] = []

@description('Role definition ids granted on the Service Bus topic (not the whole namespace).')
param topicRoleIds string[] = []

@description('Role definition ids granted on the Key Vault.')
param keyVaultRoleIds string[] = []

@description('Role definition ids granted on Application Insights.')
param monitoringRoleIds string[] = []

// One entry per (container, role) pair.
var containerGrants = flatten(map(containerNames, container => map(containerRoleIds, roleId => { container: container, roleId: roleId })))

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = [
  for grant in containerGrants: {
    parent: blobService
    name: grant.container
  }
]

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' existing = {
  name: serviceBusNamespaceName
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2026-01-01' existing = {
  parent: namespace
  name: topicName
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
  name: keyVaultName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource containerRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (grant, i) in containerGrants: {
    scope: containers[i]
    name: guid(containers[i].id, principalId, grant.roleId)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', grant.roleId)
      principalId: principalId
      principalType: principalType
    }
  }
]

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoleIds: {
    scope: storage
    name: guid(storage.id, principalId, roleId)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      principalType: principalType
    }
  }
]

resource topicRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in topicRoleIds: {
    scope: topic
    name: guid(topic.id, principalId, roleId)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      principalType: principalType
    }
  }
]

resource keyVaultRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in keyVaultRoleIds: {
    scope: vault
    name: guid(vault.id, principalId, roleId)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      principalType: principalType
    }
  }
]

resource monitoringRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in monitoringRoleIds: {
    scope: applicationInsights
    name: guid(applicationInsights.id, principalId, roleId)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      principalType: principalType
    }
  }
]
