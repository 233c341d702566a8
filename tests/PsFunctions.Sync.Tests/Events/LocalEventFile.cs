using Microsoft.Extensions.Options;
using PsFunctions.Hosting.LocalEvents;
using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Tests.Events;

/// <summary>
/// The local JSON-lines event sink (the adapter used when no Service Bus is configured) on a file of its own,
/// so a test reads back exactly the CloudEvents it published.
/// </summary>
internal sealed class LocalEventFile : IDisposable
{
    public LocalEventFile() =>
        Sink = new JsonLinesEventSink(Options.Create(new LocalEventSinkOptions
        {
            LocalSinkPath = Path.Combine(Path.GetTempPath(), "psfunctions-feed-tests", $"{Guid.NewGuid():N}.jsonl"),
        }));

    public JsonLinesEventSink Sink { get; }

    /// <summary>Every event published so far, oldest first.</summary>
    public async Task<IReadOnlyList<IntegrationEvent>> ReadAsync() => await Sink.ReadAllAsync().ToListAsync();

    public void Dispose()
    {
        Sink.Dispose();
        if (File.Exists(Sink.Path))
        {
            File.Delete(Sink.Path);
        }
    }
}
