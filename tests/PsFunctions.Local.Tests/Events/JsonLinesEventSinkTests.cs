using System.Text.Json;
using Microsoft.Extensions.Options;
using PsFunctions.Local.Events;
using PsFunctions.Sync.Events;

namespace PsFunctions.Local.Tests.Events;

public sealed class JsonLinesEventSinkTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("psfunctions-sink-");

    private JsonLinesEventSink NewSink() =>
        new(Options.Create(new LocalEventSinkOptions { LocalSinkPath = Path.Combine(_folder.FullName, "run", "events.jsonl") }));

    private static IntegrationEvent Event(int n) => new(
        $"evt-{n}", "org.psfunctions.student.changed", "/powerschool/sis", $"students/{n}", $"student-{n}", T0.AddSeconds(n),
        JsonDocument.Parse($$"""{"dcid":{{n}}}""").RootElement.Clone());

    [Fact]
    public async Task Published_events_are_appended_one_cloud_event_per_line_and_read_back()
    {
        using var sink = NewSink();

        await sink.PublishAsync([Event(1), Event(2)]);
        await sink.PublishAsync([Event(3)]);

        var lines = await File.ReadAllLinesAsync(sink.Path);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.Equal("1.0", JsonDocument.Parse(line).RootElement.GetProperty("specversion").GetString()));
        var read = await sink.ReadAllAsync().ToListAsync();
        Assert.Equal(["evt-1", "evt-2", "evt-3"], read.Select(e => e.Id));
        Assert.Equal(Event(3) with { Data = default }, read[2] with { Data = default });
    }

    [Fact]
    public async Task Concurrent_publishers_never_interleave_lines()
    {
        using var sink = NewSink();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(n => sink.PublishAsync([Event(n * 10), Event((n * 10) + 1)])));

        var read = await sink.ReadAllAsync().ToListAsync();
        Assert.Equal(40, read.Count);
        // Each call's two events stay next to each other.
        Assert.All(read.Chunk(2), pair => Assert.Equal(Number(pair[0]) + 1, Number(pair[1])));
        Assert.Equal(Enumerable.Range(0, 20).SelectMany(n => new[] { $"evt-{n * 10}", $"evt-{(n * 10) + 1}" }).Order(), read.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task Sink_without_a_file_yet_reads_as_empty()
    {
        using var sink = NewSink();

        Assert.Empty(await sink.ReadAllAsync().ToListAsync());
    }

    private static int Number(IntegrationEvent integrationEvent) =>
        int.Parse(integrationEvent.Id["evt-".Length..], System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _folder.Delete(recursive: true);
}
