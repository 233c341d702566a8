using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Events;

namespace PsFunctions.Local.Events;

/// <summary>
/// The local runner's <see cref="IEventPublisher"/> without Service Bus: appends each event as one CloudEvents JSON
/// line to <see cref="LocalEventSinkOptions.LocalSinkPath"/> (<c>tail -f</c> or <c>jq</c> it). Appends from
/// concurrent callers never interleave: one writer at a time, each call's lines written in one piece.
/// </summary>
internal sealed class JsonLinesEventSink(IOptions<LocalEventSinkOptions> options, ILogger<JsonLinesEventSink>? logger = null)
    : IEventPublisher, IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ILogger _logger = logger ?? NullLogger<JsonLinesEventSink>.Instance;

    /// <summary>The full path of the file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(options.Value.LocalSinkPath);

    /// <summary>The file, as the status and the console report it.</summary>
    public EventDestination Destination => new($"JSON-lines file {Path} (one CloudEvent per line)", IsConfigured: true);

    public async Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        var lines = Serialize(events);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            await file.WriteAsync(lines, cancellationToken);
        }
        catch (IOException exception)
        {
            throw new EventPublishException($"Could not append to the local event sink {Path}.", isTransient: true, exception);
        }
        finally
        {
            _writer.Release();
        }

        LocalEventsLog.EventsAppended(_logger, events.Count, Path);
    }

    /// <summary>Reads back every event in the file, oldest first (none when the file does not exist).</summary>
    public async IAsyncEnumerable<IntegrationEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path))
        {
            yield break;
        }

        using var reader = new StreamReader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return CloudEventJson.Parse(System.Text.Encoding.UTF8.GetBytes(line));
            }
        }
    }

    public void Dispose() => _writer.Dispose();

    private static byte[] Serialize(IReadOnlyList<IntegrationEvent> events)
    {
        using var buffer = new MemoryStream();
        foreach (var integrationEvent in events)
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                CloudEventJson.Write(writer, integrationEvent);
            }

            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }
}
