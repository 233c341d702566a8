using Microsoft.Extensions.Logging;

namespace PsFunctions.App.Tests.Telemetry;

/// <summary>Lines as the worker's categories write them: a request line with its query, a product line, an error quoting a URL.</summary>
internal static partial class TelemetryTestLog
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Request starting {Url}")]
    public static partial void RequestStarting(ILogger logger, string url);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Information, Message = "Batch {BatchId}: applied")]
    public static partial void Applied(ILogger logger, string batchId);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Error, Message = "Download failed for {Url}")]
    public static partial void DownloadFailed(ILogger logger, Exception error, string url);
}
