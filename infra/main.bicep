// PsFunctions on Azure: provisioned by `azd up` (see docs/deploy.md). One resource group holding a Flex
// Consumption Function App, its storage, Service Bus, Key Vault and monitoring, all reached with a
// user-assigned managed identity; no keys or connection strings anywhere.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; also names the resource group and seeds the resource names.')
param environmentName string

@minLength(1)
@description('Region for every resource. Only regions that offer the Flex Consumption plan are listed.')
@allowed([
  'australiaeast'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'francecentral'
  'germanywestcentral'
  'northcentralus'
  'northeurope'
  'southcentralus'
  'southeastasia'
  'swedencentral'
  'uksouth'
  'westcentralus'
  'westeurope'
  'westus2'
])
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user (azd sets AZURE_PRINCIPAL_ID). Gets Key Vault Secrets Officer so the post-provision hook can write the PowerSchool secrets. Empty: no user roles.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
@description('Kind of principal principalId names: User for a person, ServicePrincipal for a CI pipeline (the pre-provision hook sets it).')
param principalType string = 'User'

@description('Also give the deploying user the app\'s data-plane roles (blobs, queues, tables, the topic), so the local runner can work on these resources. On for development environments, off for production.')
param deployerDataRoles bool = false

@description('PowerSchool SIS base URL (https), e.g. https://district.powerschool.com.')
param powerSchoolSisBaseUrl string

@description('PowerSchool Enrollment host root (https), e.g. https://secure.infosnap.com; the client adds /api/v1.')
param powerSchoolEnrollmentBaseUrl string

@description('Requests the app sends the SIS at once, per instance (PowerSchool:Sis:MaxConcurrency).')
@minValue(1)
param powerSchoolSisMaxConcurrency int = 4

@description('The district\'s "minimum time interval (ms) between API requests per plugin" (PowerSchool:Sis:MinRequestIntervalMs); 0: none. When set, the app runs on one instance, so its one pacer spaces every SIS request.')
@minValue(0)
@maxValue(600000)
param powerSchoolSisMinRequestIntervalMs int = 0

@description('Students per bulk POST to the SIS (PowerSchool:Sis:MaxRecordsPerPost).')
@minValue(1)
param powerSchoolSisMaxRecordsPerPost int = 100

@minLength(1)
@description('PowerSchool Enrollment delivery target ids to poll, comma-separated (Sync:DeliveryTargets).')
param syncDeliveryTargets string

@description('Delivery-record data items that hold document object ids, comma-separated (Sync:DocumentItems), e.g. data.documents.birthCertificate.')
param syncDocumentItems string = ''

@description('NCRONTAB (six fields, UTC: Flex Consumption has no WEBSITE_TIME_ZONE) for polling Enrollment for new batches.')
param enrollmentPollSchedule string = '0 */5 * * * *'

@description('NCRONTAB (six fields, UTC) for polling the SIS for student changes.')
param sisChangesPollSchedule string = '0 */10 * * * *'

@description('Key Vault purge protection: on by default. Turn it off only for test environments you remove with `azd down --purge`.')
param keyVaultPurgeProtection bool = true

@description('Maximum Function App instances; also caps the load on PowerSchool.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 10

@description('Days raw Enrollment batches and mirrored documents are kept. 0 (the default) keeps everything.')
@minValue(0)
param blobRetentionDays int = 0

@description('E-mail address the alerts go to. Empty: the alerts fire in Azure Monitor but notify nobody.')
param alertEmail string = ''

@description('Log Analytics daily ingestion cap in GB. 0: no cap.')
@minValue(0)
param logAnalyticsDailyCapGb int = 1

@description('A virtual network: private endpoints for Storage, Key Vault and Service Bus (Premium), the app in a delegated subnet, public network access off.')
param vnetEnabled bool = false

@description('A NAT gateway with a static public IP for the app\'s outbound calls, for PowerSchool allow-lists. Puts the app in a virtual network (created even when vnetEnabled is off).')
param natGatewayEnabled bool = false

@description('Webhook senders and what each may do, e.g. {"crm": {"commands": "enrollment.poll,student.update", "studentFields": "name.middle_name", "permitLimit": 120}}; written as Webhooks__Sources__<source>__* app settings (docs/webhooks.md#sources). Source names: lower-case letters and digits only (Linux app setting names).')
param webhookSources object = {}

@description('Client id of the Entra ID app registration staff sign in to the operations console with (App Service authentication, docs/security.md). Empty: no sign-in is configured and the console answers 401 to every request.')
param consoleClientId string = ''

@description('The app role (or group object id) a signed-in person needs to open the operations console: Console__RequiredRole.')
@minLength(1)
param consoleRole string = 'PsFunctions.Operator'

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var networkEnabled = vnetEnabled || natGatewayEnabled

var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var deploymentContainerName = 'app-package-${functionAppName}'
var serviceBusTopicName = 'student-events'

// Blob containers the app's identity may read and write: the app's own (StorageNames) and the Functions
// host's (timer schedules, host locks, function keys). The deployment package container is not among them.
var appContainerNames = [
  'enrollment-batches'
  'student-documents'
]
var hostContainerNames = [
  'azure-webjobs-hosts'
  'azure-webjobs-secrets'
]

// Secret names the app reads from Key Vault (the defaults of the configuration contract).
var secretNames = {
  sisClientId: 'powerschool-sis-client-id'
  sisClientSecret: 'powerschool-sis-client-secret'
  enrollmentApiKey: 'powerschool-enrollment-api-key'
}

// Built-in role definition ids.
var roles = {
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  serviceBusDataSender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
  serviceBusDataReceiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}
var accountRoleIds = [
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

// The platform writes and reads the deployment package with this second identity, so the app's own identity
// (AZURE_CLIENT_ID) has no write access to the code it runs.
module deploymentIdentity 'app/identity.bicep' = {
  name: 'identity-deployment'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}deploy-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
    dailyCapGb: logAnalyticsDailyCapGb
  }
}

module network 'app/network.bicep' = if (networkEnabled) {
  name: 'network'
  scope: rg
  params: {
    name: '${abbrs.networkVirtualNetworks}${resourceToken}'
    natGatewayName: '${abbrs.networkNatGateways}${resourceToken}'
    publicIpName: '${abbrs.networkPublicIPAddresses}nat-${resourceToken}'
    location: location
    tags: tags
    natGatewayEnabled: natGatewayEnabled
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containerNames: concat(appContainerNames, hostContainerNames)
    deploymentContainerName: deploymentContainerName
    retentionDays: blobRetentionDays
    retainedContainerNames: appContainerNames
    publicNetworkAccess: !vnetEnabled
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
  }
}

module serviceBus 'app/servicebus.bicep' = {
  name: 'servicebus'
  scope: rg
  params: {
    name: '${abbrs.serviceBusNamespaces}${resourceToken}'
    location: location
    tags: tags
    topicName: serviceBusTopicName
    // Private endpoints need the Premium tier.
    sku: vnetEnabled ? 'Premium' : 'Standard'
    publicNetworkAccess: !vnetEnabled
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    enablePurgeProtection: keyVaultPurgeProtection
    publicNetworkAccess: !vnetEnabled
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
  }
}

module privateEndpoints 'app/private-endpoints.bicep' = if (vnetEnabled) {
  name: 'private-endpoints'
  scope: rg
  params: {
    location: location
    tags: tags
    resourceToken: resourceToken
    virtualNetworkName: network!.outputs.name
    subnetName: network!.outputs.privateEndpointSubnetName
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    serviceBusNamespaceName: serviceBus.outputs.name
  }
}

// The app's identity: only what the app does. Blobs only in its containers, sends to the topic but never
// receives, reads secrets but never writes them.
module appRoles 'app/rbac.bicep' = {
  name: 'rbac-app'
  scope: rg
  params: {
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    storageAccountName: storage.outputs.name
    serviceBusNamespaceName: serviceBus.outputs.name
    topicName: serviceBus.outputs.topicName
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    containerNames: concat(appContainerNames, hostContainerNames)
    containerRoleIds: [roles.storageBlobDataContributor]
    storageRoleIds: accountRoleIds
    topicRoleIds: [roles.serviceBusDataSender]
    keyVaultRoleIds: [roles.keyVaultSecretsUser]
    monitoringRoleIds: [roles.monitoringMetricsPublisher]
  }
}

// The deployment identity: the package container only.
module deploymentRoles 'app/rbac.bicep' = {
  name: 'rbac-deployment'
  scope: rg
  params: {
    principalId: deploymentIdentity.outputs.principalId
    principalType: 'ServicePrincipal'
    storageAccountName: storage.outputs.name
    serviceBusNamespaceName: serviceBus.outputs.name
    topicName: serviceBus.outputs.topicName
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    containerNames: [deploymentContainerName]
    containerRoleIds: [roles.storageBlobDataContributor]
  }
}

// The deploying user: Key Vault Secrets Officer always (the post-provision hook writes the secrets), and with
// deployerDataRoles the app's data roles plus receiving from the topic, so the local runner can use these resources.
module userRoles 'app/rbac.bicep' = if (!empty(principalId)) {
  name: 'rbac-user'
  scope: rg
  params: {
    principalId: principalId
    principalType: principalType
    storageAccountName: storage.outputs.name
    serviceBusNamespaceName: serviceBus.outputs.name
    topicName: serviceBus.outputs.topicName
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    containerNames: deployerDataRoles ? appContainerNames : []
    containerRoleIds: [roles.storageBlobDataContributor]
    storageRoleIds: deployerDataRoles ? accountRoleIds : []
    topicRoleIds: deployerDataRoles ? [roles.serviceBusDataSender, roles.serviceBusDataReceiver] : []
    keyVaultRoleIds: [roles.keyVaultSecretsOfficer]
  }
}

// Identity-based connections: service URIs + credential + the identity's client id, no keys.
// Sync:DocumentItems is a list: one app setting per item (Sync__DocumentItems__0, __1, ...).
var documentItems = empty(syncDocumentItems) ? [] : split(syncDocumentItems, ',')
var documentItemSettings = toObject(range(0, length(documentItems)), i => 'Sync__DocumentItems__${i}', i => trim(documentItems[i]))

// Webhooks:Sources:<source>:<setting>: one app setting per setting given, so a provision keeps every sender's allowlist.
var webhookSourceSettingNames = {
  commands: 'Commands'
  studentFields: 'StudentFields'
  permitLimit: 'PermitLimit'
  window: 'Window'
}
var webhookSourceSettingList = flatten(map(items(webhookSources), source => map(
  filter(items(webhookSourceSettingNames), setting => contains(source.value, setting.key)),
  setting => { name: 'Webhooks__Sources__${source.key}__${setting.value}', value: string(source.value[setting.key]) })))
var webhookSourceSettings = toObject(webhookSourceSettingList, setting => setting.name, setting => setting.value)

var appSettings = {
  AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
  AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
  AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  PsStorage__blobServiceUri: storage.outputs.blobEndpoint
  PsStorage__queueServiceUri: storage.outputs.queueEndpoint
  PsStorage__tableServiceUri: storage.outputs.tableEndpoint
  PsStorage__credential: 'managedidentity'
  PsStorage__clientId: identity.outputs.clientId
  // DefaultAzureCredential picks the user-assigned identity by this id wherever no __clientId is given.
  AZURE_CLIENT_ID: identity.outputs.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
  ServiceBus__FullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
  ServiceBus__Topic: serviceBus.outputs.topicName
  ServiceBus__credential: 'managedidentity'
  ServiceBus__clientId: identity.outputs.clientId
  KeyVault__Uri: keyVault.outputs.uri
  KeyVault__credential: 'managedidentity'
  KeyVault__clientId: identity.outputs.clientId
  PowerSchool__Sis__BaseUrl: powerSchoolSisBaseUrl
  PowerSchool__Sis__ClientIdSecretName: secretNames.sisClientId
  PowerSchool__Sis__ClientSecretSecretName: secretNames.sisClientSecret
  PowerSchool__Sis__MaxConcurrency: string(powerSchoolSisMaxConcurrency)
  PowerSchool__Sis__MaxRecordsPerPost: string(powerSchoolSisMaxRecordsPerPost)
  PowerSchool__Sis__MinRequestIntervalMs: string(powerSchoolSisMinRequestIntervalMs)
  PowerSchool__Enrollment__BaseUrl: powerSchoolEnrollmentBaseUrl
  PowerSchool__Enrollment__ApiKeySecretName: secretNames.enrollmentApiKey
  Sync__DeliveryTargets: syncDeliveryTargets
  Console__RequiredRole: consoleRole
  ENROLLMENT_POLL_SCHEDULE: enrollmentPollSchedule
  SIS_CHANGES_POLL_SCHEDULE: sisChangesPollSchedule
}

module function 'app/function.bicep' = {
  name: 'function'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    serviceName: 'api'
    identityId: identity.outputs.id
    deploymentIdentityId: deploymentIdentity.outputs.id
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    appSettings: union(appSettings, documentItemSettings, webhookSourceSettings)
    // Each instance paces its own requests and no spacing holds between instances: with an interval, one instance.
    maximumInstanceCount: powerSchoolSisMinRequestIntervalMs > 0 ? 1 : maximumInstanceCount
    subnetId: networkEnabled ? network!.outputs.appSubnetId : ''
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
  }
  // The host starts as soon as the site exists; its identities should already hold their roles by then.
  dependsOn: [
    appRoles
    deploymentRoles
    privateEndpoints
  ]
}

// The operations console's sign-in (App Service authentication), when an app registration is given.
module consoleAuth 'app/console-auth.bicep' = if (!empty(consoleClientId)) {
  name: 'console-auth'
  scope: rg
  params: {
    siteName: function.outputs.name
    clientId: consoleClientId
  }
}

module alerts 'app/alerts.bicep' = {
  name: 'alerts'
  scope: rg
  params: {
    name: resourceToken
    location: location
    tags: tags
    email: alertEmail
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    serviceBusNamespaceName: serviceBus.outputs.name
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_NAME string = function.outputs.name
output SERVICE_API_NAME string = function.outputs.name
output AZURE_FUNCTION_URL string = 'https://${function.outputs.defaultHostName}'
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output SERVICEBUS_NAMESPACE string = serviceBus.outputs.name
output SERVICEBUS_FULLY_QUALIFIED_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace
output SERVICEBUS_TOPIC string = serviceBus.outputs.topicName
output KEY_VAULT_NAME string = keyVault.outputs.name
output KEY_VAULT_URI string = keyVault.outputs.uri
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
// The address PowerSchool sees the app's calls come from; empty without natGatewayEnabled.
output OUTBOUND_IP_ADDRESS string = natGatewayEnabled ? network!.outputs.outboundIpAddress : ''
