using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace PsFunctions.Azure.Storage;

/// <summary>
/// The <c>PsStorage</c> connection: a connection string locally (Azurite), or service URIs with a managed
/// identity in Azure (<c>PsStorage__blobServiceUri</c>, <c>__queueServiceUri</c>, <c>__tableServiceUri</c>,
/// <c>__credential</c>, <c>__clientId</c>), the same shape the Functions host reads for its bindings.
/// </summary>
public sealed class StorageConnectionOptions : IValidatableObject
{
    /// <summary>The configuration name of the connection.</summary>
    public const string ConnectionName = "PsStorage";

    /// <summary>A storage connection string (Azurite locally); wins over the service URIs when set.</summary>
    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary><c>managedidentity</c> selects the managed identity alone; anything else uses DefaultAzureCredential.</summary>
    public string? Credential { get; set; }

    /// <summary>Client id of the user-assigned managed identity (falls back to <c>AZURE_CLIENT_ID</c>).</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Put in front of every queue, table and blob container name the adapters use (<c>PsStorage:NamePrefix</c>), so
    /// that several engines can share one account without sharing data: the tests give each test its own prefix.
    /// Empty in production; the Function App refuses to start with one, because its queue triggers name the queues.
    /// Lower-case letters and digits, starting with a letter (valid in queue, table and container names alike).
    /// </summary>
    [RegularExpression("^[a-z][a-z0-9]{0,19}$", ErrorMessage = "PsStorage:NamePrefix must be 1 to 20 lower-case letters or digits, starting with a letter.")]
    public string? NamePrefix { get; set; }

    /// <summary>Reads the connection the way the Functions host does: a plain value, or a section of settings.</summary>
    public static void Bind(IConfiguration configuration, StorageConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var section = configuration.GetSection(ConnectionName);
        section.Bind(options);
        var connectionString = section.Value ?? configuration.GetConnectionString(ConnectionName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            options.ConnectionString = connectionString;
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield break;
        }

        foreach (var (uri, name) in new[]
                 {
                     (BlobServiceUri, nameof(BlobServiceUri)),
                     (QueueServiceUri, nameof(QueueServiceUri)),
                     (TableServiceUri, nameof(TableServiceUri)),
                 })
        {
            if (uri is null)
            {
                yield return new ValidationResult(
                    $"{ConnectionName}__{ToSettingName(name)} is required when {ConnectionName} holds no connection string.",
                    [name]);
            }
            else if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
            {
                yield return new ValidationResult(
                    $"{ConnectionName}__{ToSettingName(name)} must be an absolute https URI (http only on loopback).",
                    [name]);
            }
        }
    }

    private static string ToSettingName(string propertyName) =>
        string.Concat(char.ToLowerInvariant(propertyName[0]).ToString(), propertyName[1..]);
}
