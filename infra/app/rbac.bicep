// Grants one principal its data-plane roles on the app's resources. Called once for the app's identity and
// once for the deploying user; role ids come from main.bicep.
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

@description('Role definition ids granted on the storage account.')
param storageRoleIds string[]

@description('Role definition ids granted on the Service Bus topic (not the whole namespace).')
param topicRoleIds string[]

@description('Role definition ids granted on the Key Vault.')
param keyVaultRoleIds string[]

@description('Role definition ids granted on Application Insights.')
param monitoringRoleIds string[]

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

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
