// Service Bus namespace and the topic the app publishes student change events (CloudEvents) to.
// Local (SAS key) auth is off: senders and receivers use Entra ID roles granted in rbac.bicep.
param name string
param location string
param tags object

@description('Topic the app publishes to (ServiceBus:Topic).')
param topicName string = 'student-events'

@description('How long the topic remembers MessageIds to drop a re-sent event (ISO 8601 duration, up to 7 days).')
param duplicateDetectionWindow string = 'P1D'

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
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
output topicName string = topic.name
// The bare host name (ns.servicebus.windows.net) identity-based clients expect, derived from the endpoint so
// it is right in every cloud.
output fullyQualifiedNamespace string = split(
  split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), '/')[0],
  ':'
)[0]
