using System.Diagnostics;
using System.Text.Json.Nodes;
using PsFunctions.Bench.Cli;
using PsFunctions.Bench.Harness;

namespace PsFunctions.Bench.Faults;

/// <summary>
/// <c>faults</c>: N submissions through the engine while the simulator injects faults (429 with Retry-After,
/// 500, 503, dropped connections, token revocation; the rate split evenly) and the runner, a child process, is
/// killed at random moments and started again. Azurite and the simulator live in this process, so their state
/// survives every kill. At the end <see cref="CampaignAudit"/> checks every submission against the SIS and our stores.
/// </summary>
internal static class FaultCampaign
{
    public static async Task<int> RunAsync(BenchArguments args, CancellationToken cancellationToken)
    {
        var options = FaultCampaignOptions.Read(args);
        await using var env = await BenchEnvironment.StartAsync(options.Students, cancellationToken: cancellationToken);
        var submissions = await env.Admin.CreateSubmissionsAsync(options.Submissions, cancellationToken: cancellationToken);
        var before = await env.Admin.ListSisStudentsAsync(cancellationToken);
        var share = options.FaultRate / 5;
        await env.Simulator.SetFaultsAsync(new
        {
            latencyMs = options.LatencyMs,
            tooManyRequestsRate = share,
            serverErrorRate = share,
            serviceUnavailableRate = share,
            dropConnectionRate = share,
            tokenRevocationRate = share,
            retryAfterSeconds = 1,
            seed = options.Seed,
        }, cancellationToken);
        Console.WriteLine($"faults: {options.Submissions} submissions, {options.FaultRate:P0} faults ({share:P1} each of 429/500/503/drop/revoke), latency {options.LatencyMs} ms, up to {options.Kills} kills");

        var clock = Stopwatch.StartNew();
        var runs = await RunUntilDoneAsync(env, options, cancellationToken);
        clock.Stop();
        await env.Simulator.ClearFaultsAsync(cancellationToken);
        var requests = await env.Admin.CountRequestsAsync(cancellationToken);

        var audit = await CampaignAudit.RunAsync(env, submissions, before, cancellationToken);
        Console.WriteLine($"audit: {audit.Applied} applied, {audit.Rejected} rejected with reasons, {audit.Lost} lost, {audit.Duplicates} duplicates");
        var figures = new JsonObject
        {
            ["program"] = "faults",
            ["submissions"] = options.Submissions,
            ["fault_rate"] = options.FaultRate,
            ["latency_ms"] = options.LatencyMs,
            ["runner_starts"] = runs.Starts,
            ["runner_kills"] = runs.Kills,
            ["runner_finished"] = runs.Finished,
            ["wall_seconds"] = FigureLine.Round(clock.Elapsed.TotalSeconds),
            ["sis_requests"] = requests.Sis,
            ["enrollment_requests"] = requests.Enrollment,
        };
        foreach (var (key, value) in audit.ToJson())
        {
            figures[key] = value?.DeepClone();
        }

        FigureLine.Print(figures);
        return runs.Finished && audit.Lost == 0 && audit.Duplicates == 0 ? 0 : 1;
    }

    private static async Task<RunnerRuns> RunUntilDoneAsync(BenchEnvironment env, FaultCampaignOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var settings = env.EngineSettings();
        var deadline = Stopwatch.StartNew();
        int starts = 0, kills = 0;
        while (deadline.Elapsed < options.TimeLimit && starts < options.Kills + options.MaxCrashRestarts + 1)
        {
            using var runner = RunnerProcess.Start(settings, options.Workers, (int)Math.Ceiling(options.TimeLimit.TotalMinutes));
            starts++;
            var killAfter = kills < options.Kills
                ? TimeSpan.FromSeconds(options.KillMinSeconds + random.NextDouble() * (options.KillMaxSeconds - options.KillMinSeconds))
                : options.TimeLimit - deadline.Elapsed;
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(killAfter > TimeSpan.Zero ? killAfter : TimeSpan.FromSeconds(1));
            try
            {
                await runner.WaitForExitAsync(wait.Token);
                Console.WriteLine($"runner {starts}: exited with {runner.ExitCode}");
                if (runner.ExitCode == 0)
                {
                    return new RunnerRuns(starts, kills, true);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                runner.Kill(entireProcessTree: true);
                await runner.WaitForExitAsync(CancellationToken.None);
                kills++;
                Console.WriteLine($"runner {starts}: killed after {killAfter.TotalSeconds:F1} s");
            }
        }

        return new RunnerRuns(starts, kills, false);
    }

    private sealed record RunnerRuns(int Starts, int Kills, bool Finished);
}
