// Service Bus namespace and the topic the app publishes student change events (CloudEvents) to.
// Local (SAS key) auth is off: senders and receivers use Entra ID roles granted in rbac.bicep.
param name string
param location string
param tags object

@description('Topic the app publishes to (ServiceBus:Topic).')
param topicName string = 'student-events'

@allowed([
  'Standard'
  'Premium'
])
@description('Standard; Premium when the namespace is reached through a private endpoint (vnetEnabled).')
param sku string = 'Standard'

@description('False: public network access off; the app reaches the namespace through a private endpoint.')
param publicNetworkAccess bool = true

@description('Log Analytics workspace the namespace logs go to.')
param logAnalyticsWorkspaceId string

@description('How long the topic remembers MessageIds to drop a re-sent event (ISO 8601 duration, up to 7 days).')
param duplicateDetectionWindow string = 'P1D'

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
    tier: sku
    capacity: sku == 'Premium' ? 1 : null
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: publicNetworkAccess ? 'Enabled' : 'Disabled'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: namespace
  name: 'servicebus-logs'
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2026-01-01' = {
  parent: namespace
  name: topicName
  properties: {
    // The publisher sets MessageId from the event id, so a retried publish is dropped here, not delivered twice.
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    supportOrdering: true
    defaultMessageTimeToLive: 'P14D'
    maxSizeInMegabytes: 1024
  }
}

// Every event, for consumers that want the whole stream (and for looking at what the app sends).
resource allEvents 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2026-01-01' = {
  parent: topic
  name: 'all-events'
  properties: {
    maxDeliveryCount: 10
    lockDuration: 'PT1M'
    deadLetteringOnMessageExpiration: true
    defaultMessageTimeToLive: 'P14D'
  }
}

// Student events only, in order per student: the publisher sets SessionId to the student's DCID, so a
// session receiver sees one student's changes in the order they happened.
resource studentChanges 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2026-01-01' = {
  parent: topic
  name: 'student-changes'
  properties: {
    requiresSession: true
    maxDeliveryCount: 10
    lockDuration: 'PT1M'
    deadLetteringOnMessageExpiration: true
    deadLetteringOnFilterEvaluationExceptions: true
    defaultMessageTimeToLive: 'P14D'
  }
}

// Overwrites the match-everything $Default rule the service gives every new subscription. `type` is the
// CloudEvents type the publisher copies into an application property (student.created, student.updated, ...).
resource studentChangesFilter 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2026-01-01' = {
  parent: studentChanges
  name: '$Default'
  properties: {
    filterType: 'SqlFilter'
    sqlFilter: {
      sqlExpression: 'type LIKE \'student.%\''
    }
  }
}

output name string = namespace.name
output id string = namespace.id
output topicName string = topic.name
// The bare host name (ns.servicebus.windows.net) identity-based clients expect, derived from the endpoint so
// it is right in every cloud.
output fullyQualifiedNamespace string = split(
  split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), '/')[0],
  ':'
)[0]
