using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using PsFunctions.Bench.Cli;
using PsFunctions.DevStorage;

namespace PsFunctions.Bench.Harness;

/// <summary>
/// Counts this process's requests to Azurite over one phase, per service (blob, queue, table), from .NET's own
/// <c>System.Net.Http</c> meter (<c>http.client.request.duration</c>, one measurement per request, tagged with the
/// server's port): every storage round trip the engine makes, retries included, without touching its clients.
/// </summary>
internal sealed class StorageMeter : IDisposable
{
    private readonly MeterListener _listener = new();
    private static readonly string[] Services = ["blob", "queue", "table"];
    private readonly Dictionary<int, int> _serviceByPort;
    private readonly long[] _counts = new long[Services.Length];

    private StorageMeter(AzuriteEndpoints endpoints)
    {
        _serviceByPort = new Dictionary<int, int> { [endpoints.Blob.Port] = 0, [endpoints.Queue.Port] = 1, [endpoints.Table.Port] = 2 };
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) => Count(tags));
        _listener.Start();
    }

    public static StorageMeter Start(AzuriteEndpoints endpoints) => new(endpoints);

    /// <summary>Requests so far per service, all of them, and all of them per record.</summary>
    public JsonObject ToJson(int records)
    {
        var counts = _counts.Select((_, i) => Interlocked.Read(ref _counts[i])).ToArray();
        var figures = new JsonObject { ["total"] = counts.Sum(), ["per_record"] = records > 0 ? FigureLine.Round(counts.Sum() / (double)records) : null };
        for (var i = 0; i < Services.Length; i++)
        {
            figures[Services[i]] = counts[i];
        }

        return figures;
    }

    public void Dispose() => _listener.Dispose();

    private void Count(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "server.port" && tag.Value is int port && _serviceByPort.TryGetValue(port, out var service))
            {
                Interlocked.Increment(ref _counts[service]);
                return;
            }
        }
    }
}
