using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Bench.Cli;
using PsFunctions.Bench.Harness;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Bench.Documents;

/// <summary>
/// <c>documents</c>: submissions whose documents range evenly from the smallest to the largest size, mirrored
/// by <see cref="DocumentMirrorHandler"/> from the simulated Enrollment into Azurite Blob storage. The files run
/// in four phases from smallest to largest, each with its own memory meter, so a peak that grew with the file
/// size would show.
/// </summary>
internal static class DocumentMirrorBenchmark
{
    private const long MiB = 1024 * 1024;
    private const int Phases = 4;

    public static async Task<int> RunAsync(BenchArguments args, CancellationToken cancellationToken)
    {
        var files = args.Int("files", 200, 2, 2_000);
        var minMb = args.Int("min-mb", 1, 1, 50);
        var maxMb = args.Int("max-mb", 20, minMb, 50);
        var latencyMs = args.Int("latency-ms", 100, 0, 10_000);
        var concurrency = args.Int("concurrency", 4, 1, 32);
        args.RejectUnknown();

        await using var env = await BenchEnvironment.StartAsync(100, cancellationToken: cancellationToken);
        await using var engine = EngineServices.Build(env.EngineSettings(), new CountingEventPublisher());
        var messages = await CreateAsync(env, Sizes(files, minMb, maxMb), cancellationToken);
        await env.SetLatencyAsync(latencyMs, 0, cancellationToken);
        Console.WriteLine($"documents: {files} files of {minMb}-{maxMb} MiB, latency {latencyMs} ms, {concurrency} messages at a time");

        var phases = new JsonArray();
        long bytes = 0, stored = 0;
        var total = Stopwatch.StartNew();
        foreach (var phase in messages.Chunk((int)Math.Ceiling(messages.Count / (double)Phases)))
        {
            var result = await RunPhaseAsync(engine, phase, concurrency, cancellationToken);
            bytes += result.Bytes;
            stored += result.Stored;
            phases.Add(result.Figures);
            Console.WriteLine($"  files {result.Figures["smallest_mb"]}-{result.Figures["largest_mb"]} MiB: {result.Figures["mb_per_second"]} MiB/s, peak working set {result.Memory.PeakWorkingSetMb} MiB, peak managed {result.Memory.PeakManagedHeapMb} MiB");
        }

        total.Stop();
        FigureLine.Print(new JsonObject
        {
            ["program"] = "documents",
            ["files"] = stored,
            ["latency_ms"] = latencyMs,
            ["concurrency"] = concurrency,
            ["total_mb"] = FigureLine.Round(bytes / (double)MiB, 1),
            ["wall_seconds"] = FigureLine.Round(total.Elapsed.TotalSeconds),
            ["mb_per_second"] = FigureLine.Round(bytes / (double)MiB / total.Elapsed.TotalSeconds),
            ["phases"] = phases,
        });
        return stored == files ? 0 : 1;
    }

    // Evenly spread from min to max: file i of n is min + i/(n-1) of the way.
    private static List<long> Sizes(int files, int minMb, int maxMb) =>
        [.. Enumerable.Range(0, files).Select(i => (long)((minMb + (maxMb - minMb) * (i / (double)(files - 1))) * MiB))];

    private static async Task<List<(DocumentMirrorMessage Message, long Bytes)>> CreateAsync(
        BenchEnvironment env, List<long> sizes, CancellationToken cancellationToken)
    {
        // Two documents per submission (birthCertificate, proofOfResidence): one create call per pair of sizes.
        var messages = new List<(DocumentMirrorMessage, long)>();
        foreach (var pair in sizes.Chunk(2))
        {
            var created = await env.Admin.CreateSubmissionsAsync(1, pair, cancellationToken: cancellationToken);
            foreach (var submission in created)
            {
                var documents = submission.Documents.Take(pair.Length).ToList();
                var references = documents.Select(document => new DocumentReference(document.ObjectId, "data.documents." + document.DataItem)).ToList();
                messages.Add((new DocumentMirrorMessage(BenchEnvironment.DeliveryTargetId, submission.Id.ToString(CultureInfo.InvariantCulture), references),
                    documents.Sum(document => document.Length)));
            }
        }

        return messages;
    }

    private static async Task<PhaseResult> RunPhaseAsync(
        ServiceProvider engine, IReadOnlyList<(DocumentMirrorMessage Message, long Bytes)> messages, int concurrency, CancellationToken cancellationToken)
    {
        long bytes = 0, stored = 0;
        await using var meter = MemoryMeter.Start();
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            await engine.GetRequiredService<WorkDispatcher>().DispatchAsync(WorkQueues.DocumentMirror, DocumentMirrorMessage.ToJson(item.Message), 1, ct);
            Interlocked.Add(ref bytes, item.Bytes);
            Interlocked.Add(ref stored, item.Message.Documents.Count);
        });
        stopwatch.Stop();
        var memory = await meter.StopAsync();
        var figures = new JsonObject
        {
            ["files"] = stored,
            ["smallest_mb"] = FigureLine.Round(messages.Min(item => item.Bytes / (double)item.Message.Documents.Count) / MiB, 1),
            ["largest_mb"] = FigureLine.Round(messages.Max(item => item.Bytes / (double)item.Message.Documents.Count) / MiB, 1),
            ["total_mb"] = FigureLine.Round(bytes / (double)MiB, 1),
            ["wall_seconds"] = FigureLine.Round(stopwatch.Elapsed.TotalSeconds),
            ["mb_per_second"] = FigureLine.Round(bytes / (double)MiB / stopwatch.Elapsed.TotalSeconds),
            ["memory"] = memory.ToJson(),
        };
        return new PhaseResult(bytes, stored, memory, figures);
    }

    private sealed record PhaseResult(long Bytes, long Stored, MemoryFigures Memory, JsonObject Figures);
}
