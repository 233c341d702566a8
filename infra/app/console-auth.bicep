// App Service authentication (authsettingsV2) for the operations console (docs/security.md#the-operations-console):
// every request must be signed in with Entra ID, except the routes other systems and probes call with a function key
// (webhooks, status, health). The console's code then requires the role below in the X-MS-CLIENT-PRINCIPAL the
// platform injects; a function key alone opens nothing.
param siteName string

@description('Client id of the Entra ID app registration staff sign in with.')
param clientId string

@description('Tenant whose accounts may sign in.')
param tenantId string = tenant().tenantId

// Paths whose callers have no Entra ID session: webhook senders, the status and health probes (function keys).
var excludedPaths = [
  '/api/webhooks/*'
  '/api/status'
  '/api/health'
]

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

resource auth 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: excludedPaths
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            clientId
            'api://${clientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}
