using Microsoft.Extensions.Logging;

namespace PsFunctions.Hosting.Logging;

/// <summary>
/// The log categories that write whole request lines at Information: outgoing URLs with their query (a SIS lookup's
/// <c>q=</c> holds names and birth dates, a document URL its <c>sig=</c>), incoming ones with a function key
/// (<c>?code=</c>), Azure SDK requests, Polly's attempts. Both hosts keep them at Warning for every sink, so such a
/// line never reaches the console, the Functions host or Application Insights.
/// </summary>
public static class RequestLogFilters
{
    /// <summary>Categories (and their sub-categories) logged at <see cref="LogLevel.Warning"/> and above only.</summary>
    public static IReadOnlyList<string> Categories { get; } =
    [
        "System.Net.Http.HttpClient",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Routing",
        "Azure",
        "Polly",
    ];

    /// <summary>Adds a Warning filter for each of <see cref="Categories"/>, for every logger provider.</summary>
    public static ILoggingBuilder AddRequestLogFilters(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        foreach (var category in Categories)
        {
            logging.AddFilter(category, LogLevel.Warning);
        }

        return logging;
    }
}
