using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Bench.Cli;
using PsFunctions.Bench.Harness;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Bench.Sync;

/// <summary>
/// <c>sync</c>: N approved submissions from Enrollment into the SIS through the engine (intake, then the
/// <c>student-upserts</c> queue loop), then the naive baseline on fresh submissions, and the round-trip floor.
/// </summary>
internal static class SyncBenchmark
{
    public static async Task<int> RunAsync(BenchArguments args, CancellationToken cancellationToken)
    {
        var submissions = args.Int("submissions", 5_000, 1, 100_000);
        var naiveSubmissions = args.Int("naive-submissions", submissions, 0, 100_000);
        var latencyMs = args.Int("latency-ms", 100, 0, 10_000);
        var jitterMs = args.Int("jitter-ms", 0, 0, 10_000);
        var students = args.Int("students", 2_000, 10, 100_000);
        var workers = args.Int("workers", 8, 1, 64);
        // PowerSchool's per-plugin interval: the simulator's throttle and our pacer, both at this value (0: off).
        var minIntervalMs = args.Int("min-interval-ms", 0, 0, 10_000);
        var timeLimit = TimeSpan.FromMinutes(args.Int("time-limit-minutes", 60, 1, 24 * 60));
        args.RejectUnknown();

        await using var env = await BenchEnvironment.StartAsync(students, cancellationToken: cancellationToken);
        var events = new CountingEventPublisher();
        var settings = env.EngineSettings();
        settings["PowerSchool:Sis:MinRequestIntervalMs"] = minIntervalMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var engine = EngineServices.Build(settings, events);
        var sis = engine.GetRequiredService<IOptions<SisClientOptions>>().Value;
        Console.WriteLine($"sync: {submissions} submissions, latency {latencyMs} ms (+{jitterMs} jitter), SIS concurrency {sis.MaxConcurrency}, {sis.MaxRecordsPerPost} records per POST, minimum interval {minIntervalMs} ms");

        await env.Admin.CreateSubmissionsAsync(submissions, cancellationToken: cancellationToken);
        await env.SetLatencyAsync(latencyMs, jitterMs, minIntervalMs, cancellationToken);
        var ours = await RunOursAsync(env, engine, submissions, workers, timeLimit, cancellationToken);
        // The naive baseline is not paced: it runs without the throttle, as before.
        await env.SetLatencyAsync(latencyMs, jitterMs, cancellationToken);
        var applied = events.Count(EventTypes.StudentUpserted);
        var rejected = events.Count(EventTypes.StudentRejected);
        Console.WriteLine($"ours:  {ours.Wall.TotalSeconds:F1} s, {ours.Requests.Sis} SIS requests, {ours.Refused} refused by the throttle, {ours.StorageOps["per_record"]} storage requests per record, {applied} applied, {rejected} rejected, drained={ours.Drained}");

        var naive = naiveSubmissions > 0 ? await RunNaiveAsync(env, naiveSubmissions, timeLimit, cancellationToken) : null;
        if (naive is not null)
        {
            Console.WriteLine($"naive: {naive.Wall.TotalSeconds:F1} s for {naive.Records} records, {naive.Requests.Sis} SIS requests, {naive.Applied} applied");
        }

        var figures = Figures(submissions, latencyMs, sis, ours, naive, applied, rejected);
        figures["min_interval_ms"] = minIntervalMs;
        figures["ours_refused_requests"] = ours.Refused;
        // PowerSchool's floor under a throttle: one request per interval.
        figures["interval_floor_seconds"] = FigureLine.Round(ours.Requests.Sis * minIntervalMs / 1000.0);
        Console.WriteLine($"floor: {figures["floor_seconds"]} s; ours/floor {figures["ours_over_floor"]}; naive/ours {figures["naive_over_ours"]}");
        FigureLine.Print(figures);
        return ours.Drained && applied + rejected == submissions ? 0 : 1;
    }

    private static async Task<RunResult> RunOursAsync(
        BenchEnvironment env, ServiceProvider engine, int submissions, int workers, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var intake = engine.GetRequiredService<EnrollmentIntake>();
        var processor = engine.GetRequiredService<StorageQueueProcessor>();
        await env.Admin.ClearCountersAsync(cancellationToken);
        await using var meter = MemoryMeter.Start();
        using var storage = StorageMeter.Start(env.Azurite.Endpoints);
        var clock = Stopwatch.StartNew();
        await intake.RunAsync(BenchEnvironment.DeliveryTargetId, cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);
        QueueCounts? counts = null;
        try
        {
            counts = await processor.DrainAsync(WorkQueues.StudentUpserts, QueueDrain.UntilQueueEmpty(workers), limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The time limit ran out before the queue emptied: reported as drained=false.
        }

        clock.Stop();
        var memory = await meter.StopAsync();
        var storageOps = storage.ToJson(submissions);
        return new RunResult(
            clock.Elapsed, await env.Admin.CountRequestsAsync(cancellationToken), await env.Simulator.GetThrottledAsync(cancellationToken),
            memory, storageOps, counts is not null, counts?.Failures.Count ?? 0);
    }

    private static async Task<NaiveResult> RunNaiveAsync(BenchEnvironment env, int count, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        await env.Admin.CreateSubmissionsAsync(count, cancellationToken: cancellationToken);
        await env.Admin.ClearCountersAsync(cancellationToken);
        using var naive = new NaiveEnrollmentSync(env.Simulator, TimeProvider.System);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);
        var clock = Stopwatch.StartNew();
        var records = await naive.RunAsync(count, limit.Token);
        clock.Stop();
        return new NaiveResult(clock.Elapsed, Math.Min(records, count), naive.Applied, await env.Admin.CountRequestsAsync(cancellationToken));
    }

    private static JsonObject Figures(
        int submissions, int latencyMs, SisClientOptions sis, RunResult ours, NaiveResult? naive, long applied, long rejected)
    {
        // The floor the issue defines: POSTs of MaxRecordsPerPost records, MaxConcurrency at a time, each one latency long.
        var posts = (int)Math.Ceiling(submissions / (double)sis.MaxRecordsPerPost);
        var floorSeconds = Math.Ceiling(posts / (double)sis.MaxConcurrency) * latencyMs / 1000.0;
        // The same floor for the requests ours actually made (lookups, schools, token, POSTs).
        var requestFloorSeconds = Math.Ceiling(ours.Requests.Sis / (double)sis.MaxConcurrency) * latencyMs / 1000.0;
        var oursRate = submissions / ours.Wall.TotalSeconds;
        var naiveRate = naive is null || naive.Records == 0 ? (double?)null : naive.Records / naive.Wall.TotalSeconds;
        var figures = new JsonObject
        {
            ["program"] = "sync",
            ["submissions"] = submissions,
            ["latency_ms"] = latencyMs,
            ["max_concurrency"] = sis.MaxConcurrency,
            ["max_records_per_post"] = sis.MaxRecordsPerPost,
            ["ours_wall_seconds"] = FigureLine.Round(ours.Wall.TotalSeconds),
            ["ours_sis_requests"] = ours.Requests.Sis,
            ["ours_enrollment_requests"] = ours.Requests.Enrollment,
            ["ours_student_posts"] = ours.Requests.PerEndpoint.GetValueOrDefault("POST /ws/v1/student"),
            ["ours_requests_per_record"] = FigureLine.Round(ours.Requests.Sis / (double)submissions, 3),
            ["ours_records_per_second"] = FigureLine.Round(oursRate),
            ["ours_applied"] = applied,
            ["ours_rejected"] = rejected,
            ["ours_handler_failures"] = ours.Failures,
            ["ours_memory"] = ours.Memory.ToJson(),
            // Requests to storage (Azurite) while ours ran, intake included: blob, queue, table.
            ["ours_storage_requests"] = ours.StorageOps,
            ["floor_seconds"] = FigureLine.Round(floorSeconds),
            ["ours_over_floor"] = floorSeconds > 0 ? FigureLine.Round(ours.Wall.TotalSeconds / floorSeconds) : null,
            ["request_floor_seconds"] = FigureLine.Round(requestFloorSeconds),
            ["ours_over_request_floor"] = requestFloorSeconds > 0 ? FigureLine.Round(ours.Wall.TotalSeconds / requestFloorSeconds) : null,
        };
        if (naive is not null)
        {
            figures["naive_records"] = naive.Records;
            figures["naive_applied"] = naive.Applied;
            figures["naive_wall_seconds"] = FigureLine.Round(naive.Wall.TotalSeconds);
            figures["naive_sis_requests"] = naive.Requests.Sis;
            figures["naive_requests_per_record"] = naive.Records > 0 ? FigureLine.Round(naive.Requests.Sis / (double)naive.Records, 3) : null;
            figures["naive_records_per_second"] = naiveRate is { } rate ? FigureLine.Round(rate) : null;
            // Time per record, naive over ours (equal to the wall-time ratio when both ran the same number of records).
            figures["naive_over_ours"] = naiveRate is { } r && r > 0 ? FigureLine.Round(oursRate / r) : null;
        }

        return figures;
    }

    private sealed record RunResult(
        TimeSpan Wall, RequestCounts Requests, long Refused, MemoryFigures Memory, JsonObject StorageOps, bool Drained, int Failures);

    private sealed record NaiveResult(TimeSpan Wall, int Records, int Applied, RequestCounts Requests);
}
