using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.Configuration;

namespace PsFunctions.App.Telemetry;

/// <summary>
/// The last step before an Application Insights item leaves the worker: the dependency collector records every
/// outgoing URL, the Functions integration every request, and logs and exceptions may quote one. Dependencies and
/// requests keep scheme, host and path but no query (and no path on a document host, see <see cref="UrlScrubber"/>);
/// exception messages, trace messages and every custom property keep no URL at all.
/// </summary>
internal sealed class TelemetryScrubber(ITelemetryProcessor next, IConfiguration configuration) : ITelemetryProcessor
{
    private readonly UrlScrubber _urls = UrlScrubber.For(configuration);

    public void Process(ITelemetry item)
    {
        ArgumentNullException.ThrowIfNull(item);
        switch (item)
        {
            case DependencyTelemetry dependency:
                Scrub(dependency);
                break;
            case RequestTelemetry request:
                request.Url = request.Url is null ? null : _urls.Url(request.Url);
                request.Name = UrlScrubber.WithoutQuery(request.Name);
                break;
            case ExceptionTelemetry exception:
                foreach (var details in exception.ExceptionDetailsInfoList)
                {
                    details.Message = UrlScrubber.Text(details.Message);
                }

                break;
            case TraceTelemetry trace:
                trace.Message = UrlScrubber.Text(trace.Message);
                break;
        }

        item.Context.Operation.Name = UrlScrubber.WithoutQuery(item.Context.Operation.Name);
        if (item is ISupportProperties withProperties)
        {
            ScrubProperties(withProperties.Properties);
        }

        next.Process(item);
    }

    private void Scrub(DependencyTelemetry dependency)
    {
        dependency.Data = _urls.Url(dependency.Data);
        var name = UrlScrubber.WithoutQuery(dependency.Name);
        // "GET /api/blobs/<container>/<file>": the method alone, with the host, on a document host.
        dependency.Name = _urls.IsDocumentHost(dependency.Target) && name is not null
            ? $"{name.Split(' ')[0]} {dependency.Target}"
            : name;
    }

    private static void ScrubProperties(IDictionary<string, string> properties)
    {
        foreach (var key in properties.Keys.ToList())
        {
            properties[key] = UrlScrubber.Text(properties[key]) ?? string.Empty;
        }
    }
}
