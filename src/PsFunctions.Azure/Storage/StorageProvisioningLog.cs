using Microsoft.Extensions.Logging;

namespace PsFunctions.Azure.Storage;

/// <summary>Log messages of the start-up storage provisioning: resource names and error types only.</summary>
internal static partial class StorageProvisioningLog
{
    [LoggerMessage(EventId = 6601, Level = LogLevel.Information, Message = "Storage ensured at start-up: {Created} of {Total} queues, containers and tables exist")]
    public static partial void Ensured(ILogger logger, int created, int total);

    [LoggerMessage(EventId = 6602, Level = LogLevel.Warning, Message = "Could not create {Kind} {Name} at start-up ({ErrorType}); the adapter creates it on first use")]
    public static partial void NotCreated(ILogger logger, string kind, string name, string errorType);

    [LoggerMessage(EventId = 6603, Level = LogLevel.Warning, Message = "Storage not ensured at start-up: the storage connection is not configured (the setup check names the missing settings)")]
    public static partial void NotConfigured(ILogger logger);
}
