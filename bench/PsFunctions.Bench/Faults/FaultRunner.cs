using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Bench.Cli;
using PsFunctions.Bench.Harness;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Bench.Faults;

/// <summary>
/// The child process of the fault campaign: the engine's intake and upsert loop over the parent's Azurite and
/// simulator (settings arrive as <c>PSBENCH_</c> environment variables). Repeats intake and drains
/// <c>student-upserts</c> until intake finds nothing new and the queue is empty, then exits 0. The parent kills
/// it at random moments; everything it needs to carry on is in storage, so the next one simply continues.
/// </summary>
internal static class FaultRunner
{
    public const string Command = "fault-runner";
    public const string EnvironmentPrefix = "PSBENCH_";

    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(BenchArguments args, CancellationToken cancellationToken)
    {
        var workers = args.Int("workers", 8, 1, 64);
        var maxRounds = args.Int("max-rounds", 500, 1, 100_000);
        var timeLimit = TimeSpan.FromMinutes(args.Int("time-limit-minutes", 60, 1, 24 * 60));
        args.RejectUnknown();

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables(EnvironmentPrefix).Build();
        var settings = configuration.AsEnumerable().Where(pair => pair.Value is not null).ToDictionary(StringComparer.OrdinalIgnoreCase);
        await using var engine = EngineServices.Build(settings, new CountingEventPublisher());
        var intake = engine.GetRequiredService<EnrollmentIntake>();
        var processor = engine.GetRequiredService<StorageQueueProcessor>();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);

        var total = QueueCounts.None;
        for (var round = 0; round < maxRounds; round++)
        {
            var found = await TryIntakeAsync(intake, limit.Token);
            total = total.Add(await processor.DrainAsync(WorkQueues.StudentUpserts, QueueDrain.UntilQueueEmpty(workers), limit.Token));
            if (found == 0)
            {
                Console.WriteLine($"fault-runner: done after {round + 1} round(s); {total.Done} messages handled, {total.Failures.Count} handler failures, {total.Poisoned} poisoned, {total.LeaseLost} taken over by another receiver");
                WriteFailures(total.Failures);
                return 0;
            }
        }

        Console.WriteLine($"fault-runner: gave up after {maxRounds} rounds");
        return 1;
    }

    // What the handler failures were, by type and first line (the engine's exception messages carry ids, never student data).
    private static void WriteFailures(IReadOnlyList<Exception> failures)
    {
        foreach (var group in failures.GroupBy(failure => $"{failure.GetType().Name}: {failure.Message.Split('\n')[0]}").OrderByDescending(group => group.Count()))
        {
            Console.WriteLine($"fault-runner: failure x{group.Count()}: {group.Key}");
        }
    }

    // Records found (or recovered); -1 when the run failed (faults) or found the target locked: the loop runs intake again.
    private static async Task<int> TryIntakeAsync(EnrollmentIntake intake, CancellationToken cancellationToken)
    {
        try
        {
            var result = await intake.RunAsync(BenchEnvironment.DeliveryTargetId, cancellationToken);
            if (result.AnotherRunInProgress)
            {
                // A killed runner's intake lease has not run out yet (at most 30 s).
                await Task.Delay(PauseAfterFailure, cancellationToken);
                return -1;
            }

            return result.RecordCount + result.RecoveredBatches + result.ResetBatches;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.WriteLine($"fault-runner: intake failed ({ex.GetType().Name}); trying again");
            await Task.Delay(PauseAfterFailure, cancellationToken);
            return -1;
        }
    }
}
