using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Bench.Cli;
using PsFunctions.Bench.Harness;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Bench.Webhooks;

/// <summary>
/// <c>webhooks</c>: a few valid signed deliveries (the originals), then N bad ones in turn malformed, unsigned,
/// stale, replayed and oversize, through <see cref="WebhookReceiver.ReceiveAsync"/> with the Azurite delivery-id
/// store and queue. Passes when every bad one got a 4xx, the queue holds no more than the accepted originals, and nothing threw.
/// </summary>
internal static class WebhookCampaign
{
    public static async Task<int> RunAsync(BenchArguments args, CancellationToken cancellationToken)
    {
        var requests = args.Int("requests", 10_000, 5, 1_000_000);
        var originals = args.Int("originals", 20, 1, 200);
        var concurrency = args.Int("concurrency", 8, 1, 64);
        args.RejectUnknown();

        await using var env = await BenchEnvironment.StartAsync(100, cancellationToken: cancellationToken);
        await using var engine = EngineServices.Build(env.EngineSettings(), new CountingEventPublisher());
        var receiver = engine.GetRequiredService<WebhookReceiver>();
        var factory = new BadWebhookFactory(TimeProvider.System, engine.GetRequiredService<IOptions<WebhookOptions>>().Value.MaxBodyBytes);

        var sent = Enumerable.Range(0, originals).Select(factory.Valid).ToList();
        // The originals only seed the replays; what they were answered is reported, the bad requests are judged.
        var originalAnswers = new JsonObject();
        var accepted = 0;
        foreach (var original in sent)
        {
            var answer = await receiver.ReceiveAsync(EngineServices.WebhookSource, original.ToRequest(), cancellationToken);
            accepted += answer.StatusCode == 202 ? 1 : 0;
            var key = answer.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            originalAnswers[key] = (originalAnswers[key]?.GetValue<int>() ?? 0) + 1;
        }

        var statuses = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var notRefused = 0;
        var crashes = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var kind = (WebhookCase)(i % 5);
            try
            {
                var answer = await receiver.ReceiveAsync(EngineServices.WebhookSource, factory.Create(kind, i / 5, sent), ct);
                statuses.AddOrUpdate($"{kind}:{answer.StatusCode}", 1, static (_, n) => n + 1);
                if (answer.StatusCode is < 400 or >= 500)
                {
                    Interlocked.Increment(ref notRefused);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.Increment(ref crashes);
                statuses.AddOrUpdate($"{kind}:{ex.GetType().Name}", 1, static (_, n) => n + 1);
            }
        });
        stopwatch.Stop();

        var queued = (await EngineServices.Queue(env.StorageConnectionString, WorkQueues.WebhookCommands).GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
        var enqueuedByBad = queued - accepted;
        foreach (var (key, count) in statuses.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {key}: {count}");
        }

        var passed = notRefused == 0 && crashes == 0 && enqueuedByBad == 0;
        Console.WriteLine($"webhooks: {requests} bad requests in {stopwatch.Elapsed.TotalSeconds:F1} s; not 4xx {notRefused}, enqueued {enqueuedByBad}, crashes {crashes}: {(passed ? "PASS" : "FAIL")}");
        var byStatus = new JsonObject();
        foreach (var (key, count) in statuses.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            byStatus[key] = count;
        }

        FigureLine.Print(new JsonObject
        {
            ["program"] = "webhooks",
            ["requests"] = requests,
            ["originals_accepted"] = accepted,
            ["originals_by_status"] = originalAnswers,
            ["not_4xx"] = notRefused,
            ["enqueued_by_bad_requests"] = enqueuedByBad,
            ["crashes"] = crashes,
            ["wall_seconds"] = FigureLine.Round(stopwatch.Elapsed.TotalSeconds),
            ["requests_per_second"] = FigureLine.Round(requests / stopwatch.Elapsed.TotalSeconds),
            ["by_kind_and_status"] = byStatus,
            ["passed"] = passed,
        });
        return passed ? 0 : 1;
    }
}
