// Alerts that need a person, sent to one action group (an e-mail address). Log alerts read the app's own
// log lines by event id (docs/logging.md; a test pins these ids to the code), so they carry ids, never names.
param name string
param location string
param tags object

@description('Where the alerts go. Empty: the alerts still fire (Azure Monitor > Alerts) but notify nobody.')
param email string = ''

param applicationInsightsName string
param serviceBusNamespaceName string

@description('Event ids of "a message was poisoned / given up" log lines: the queue loop (6302, 6303) and the handlers that keep a poisoned message as a rejection (4206 upserts, 4304 webhook commands).')
param poisonEventIds int[] = [6302, 6303, 4206, 4304]

@description('Event ids of "a submission waits for a person" log lines: rejected before posting (4203), refused by PowerSchool (4204).')
param rejectionEventIds int[] = [4203, 4204]

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' existing = {
  name: serviceBusNamespaceName
}

resource actionGroup 'Microsoft.Insights/actionGroups@2024-10-01-preview' = {
  name: 'ag-${name}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'psfunctions'
    enabled: true
    emailReceivers: empty(email) ? [] : [
      {
        name: 'district-it'
        emailAddress: email
        useCommonAlertSchema: true
      }
    ]
  }
}

// The Functions host logs "Moving message to queue '<name>-poison'" when a queue message runs out of deliveries.
var logAlerts = [
  {
    name: 'poison-messages'
    description: 'A queue message was poisoned or given up: its work waits in a -poison queue or the rejection store.'
    severity: 1
    query: 'traces | where toint(customDimensions.EventId) in (${join(map(poisonEventIds, id => string(id)), ',')}) or (message has "Moving message to queue" and message has "-poison")'
  }
  {
    name: 'rejections'
    description: 'Submissions were rejected and wait for a person to fix and replay them (ops rejections).'
    severity: 3
    query: 'traces | where toint(customDimensions.EventId) in (${join(map(rejectionEventIds, id => string(id)), ',')})'
  }
  {
    name: 'function-failures'
    description: 'A function invocation failed.'
    severity: 2
    query: 'requests | where success == false'
  }
]

resource scheduledAlerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for alert in logAlerts: {
    name: '${alert.name}-${name}'
    location: location
    tags: tags
    properties: {
      description: alert.description
      severity: alert.severity
      enabled: true
      scopes: [applicationInsights.id]
      evaluationFrequency: 'PT15M'
      windowSize: 'PT15M'
      criteria: {
        allOf: [
          {
            query: alert.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: [actionGroup.id]
      }
    }
  }
]

// Events that no subscriber could take (all-events, student-changes) land in the subscription's dead-letter queue.
resource deadLetters 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'dead-letters-${name}'
  location: 'global'
  tags: tags
  properties: {
    description: 'Service Bus holds dead-lettered student events.'
    severity: 2
    enabled: true
    scopes: [namespace.id]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'dead-lettered'
          criterionType: 'StaticThresholdCriterion'
          metricNamespace: 'Microsoft.ServiceBus/namespaces'
          metricName: 'DeadletteredMessages'
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Maximum'
        }
      ]
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

output actionGroupId string = actionGroup.id
