using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Bench.Cli;
using PsFunctions.Bench.Harness;
using PsFunctions.Sync.ChangeFeed;

namespace PsFunctions.Bench.Scan;

/// <summary>
/// <c>scan</c>: for each district size, a fresh simulator and Azurite, then two change-feed polls: the baseline
/// (every student read, snapshots saved) and, with the clock moved past the full-scan interval, a full
/// reconciliation (every student read and compared). Wall time, SIS requests and memory for each.
/// </summary>
internal static class ChangeScanBenchmark
{
    public static async Task<int> RunAsync(BenchArguments args, CancellationToken cancellationToken)
    {
        var sizes = args.IntList("sizes", [5_000, 20_000, 50_000], 10, 200_000);
        var latencyMs = args.Int("latency-ms", 100, 0, 10_000);
        var jitterMs = args.Int("jitter-ms", 0, 0, 10_000);
        args.RejectUnknown();

        var results = new JsonArray();
        foreach (var size in sizes)
        {
            results.Add(await RunSizeAsync(size, latencyMs, jitterMs, cancellationToken));
        }

        FigureLine.Print(new JsonObject { ["program"] = "scan", ["latency_ms"] = latencyMs, ["sizes"] = results });
        return 0;
    }

    private static async Task<JsonObject> RunSizeAsync(int students, int latencyMs, int jitterMs, CancellationToken cancellationToken)
    {
        await using var env = await BenchEnvironment.StartAsync(students, cancellationToken: cancellationToken);
        var clock = new ShiftableTimeProvider();
        await using var engine = EngineServices.Build(env.EngineSettings(), new CountingEventPublisher(), clock);
        await env.SetLatencyAsync(latencyMs, jitterMs, cancellationToken);
        var baseline = await PollAsync(env, engine, cancellationToken);
        clock.Advance(TimeSpan.FromDays(2));
        var full = await PollAsync(env, engine, cancellationToken);
        var figures = new JsonObject { ["students"] = students, ["baseline"] = baseline, ["full_reconciliation"] = full };
        Console.WriteLine($"scan {students}: baseline {baseline["wall_seconds"]} s / {baseline["sis_requests"]} requests; full {full["wall_seconds"]} s / {full["sis_requests"]} requests, peak working set {full["memory"]!["peak_working_set_mb"]} MiB");
        return figures;
    }

    private static async Task<JsonObject> PollAsync(BenchEnvironment env, ServiceProvider engine, CancellationToken cancellationToken)
    {
        var feed = engine.GetRequiredService<SisChangeFeed>();
        await env.Admin.ClearCountersAsync(cancellationToken);
        await using var meter = MemoryMeter.Start();
        var stopwatch = Stopwatch.StartNew();
        var result = await feed.PollAsync(cancellationToken);
        stopwatch.Stop();
        var memory = await meter.StopAsync();
        var requests = await env.Admin.CountRequestsAsync(cancellationToken);
        return new JsonObject
        {
            ["mode"] = result.Mode.ToString(),
            ["students_read"] = result.StudentsRead,
            ["events"] = result.EventsPublished,
            ["wall_seconds"] = FigureLine.Round(stopwatch.Elapsed.TotalSeconds),
            ["sis_requests"] = requests.Sis,
            ["students_per_second"] = FigureLine.Round(result.StudentsRead / stopwatch.Elapsed.TotalSeconds),
            ["memory"] = memory.ToJson(),
        };
    }
}
