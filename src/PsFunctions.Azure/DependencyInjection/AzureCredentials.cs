using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>
/// The token credential of every adapter in Azure: the user-assigned managed identity whose client id is
/// given (or <c>AZURE_CLIENT_ID</c>); <c>credential = managedidentity</c> uses only the managed identity,
/// anything else DefaultAzureCredential (which also lets a developer signed in with the Azure CLI run
/// against real resources).
/// </summary>
internal static class AzureCredentials
{
    public const string ClientIdVariable = "AZURE_CLIENT_ID";

    public static TokenCredential Create(IConfiguration configuration, string? clientId = null, string? credentialKind = null)
    {
        var identity = string.IsNullOrWhiteSpace(clientId) ? configuration[ClientIdVariable] : clientId;
        if (string.Equals(credentialKind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(identity)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(identity));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(identity) ? null : identity,
        });
    }
}
