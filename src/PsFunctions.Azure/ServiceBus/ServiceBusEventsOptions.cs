using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace PsFunctions.Azure.ServiceBus;

/// <summary>Service Bus settings (configuration section <c>ServiceBus</c>).</summary>
public sealed class ServiceBusEventsOptions : IValidatableObject
{
    public const string SectionName = "ServiceBus";

    /// <summary><c>ServiceBus:FullyQualifiedNamespace</c>: the bare host name (<c>ns.servicebus.windows.net</c>), used with a managed identity.</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary><c>ServiceBus:ConnectionString</c>: a connection string, for local runs against a real namespace.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>ServiceBus:Topic</c>: the topic events go to.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "ServiceBus:Topic must name the topic (default student-events).")]
    public string Topic { get; set; } = "student-events";

    /// <summary>True when either a namespace or a connection string is set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(FullyQualifiedNamespace) || !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>The settings of <paramref name="configuration"/>'s <c>ServiceBus</c> section when they name a namespace or a connection string; null otherwise.</summary>
    public static ServiceBusEventsOptions? FindConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(SectionName).Get<ServiceBusEventsOptions>() is { IsConfigured: true } options ? options : null;
    }

    /// <summary><c>ServiceBus:credential</c> (<c>ServiceBus__credential</c> in Azure): <c>managedidentity</c> uses only the managed identity, as the storage connection does; anything else DefaultAzureCredential.</summary>
    public string? Credential { get; set; }

    /// <summary><c>ServiceBus:clientId</c>: client id of the user-assigned identity (falls back to <c>AZURE_CLIENT_ID</c>).</summary>
    public string? ClientId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield return new ValidationResult(
                "ServiceBus:FullyQualifiedNamespace or ServiceBus:ConnectionString is required.",
                [nameof(FullyQualifiedNamespace)]);
        }
        else if (!string.IsNullOrWhiteSpace(FullyQualifiedNamespace) && FullyQualifiedNamespace.Contains("://", StringComparison.Ordinal))
        {
            yield return new ValidationResult(
                "ServiceBus:FullyQualifiedNamespace must be the bare host name (ns.servicebus.windows.net), not a URL or connection string.",
                [nameof(FullyQualifiedNamespace)]);
        }
    }
}
