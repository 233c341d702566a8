using System.Diagnostics;
using System.Text.Json.Nodes;
using PsFunctions.Bench.Cli;
using PsFunctions.Bench.Harness;

namespace PsFunctions.Bench.Faults;

/// <summary>
/// <c>faults</c>: N submissions through the engine while the simulator injects faults (429 with Retry-After,
/// 500, 503, dropped connections, token revocation; the rate split evenly) and the runner, a child process, is
/// killed at random moments and started again. Azurite and the simulator live in this process, so their state
/// survives every kill. Meanwhile a share of the submissions is edited and approved again once applied
/// (<see cref="EditedResubmissions"/>), so Enrollment delivers them again during the campaign. At the end
/// <see cref="CampaignAudit"/> checks every submission against the SIS and our stores, and each edited one for its last street.
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
        var edits = new EditedResubmissions(env, submissions, options.EditRate, options.Seed);
        Console.WriteLine($"faults: {options.Submissions} submissions, {options.FaultRate:P0} faults ({share:P1} each of 429/500/503/drop/revoke), latency {options.LatencyMs} ms, up to {options.Kills} kills, {edits.Chosen} edited and delivered again");

        var clock = Stopwatch.StartNew();
        using var stopEdits = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stopEdits.CancelAfter(options.TimeLimit);
        var editing = edits.RunAsync(stopEdits.Token);
        var runs = await RunUntilDoneAsync(env, options, (editing, edits), cancellationToken);
        clock.Stop();
        await stopEdits.CancelAsync();
        var edited = await edits.AuditAsync(cancellationToken);
        foreach (var line in edits.NotEdited)
        {
            Console.WriteLine($"chosen for an edit, never applied: {line}");
        }

        foreach (var line in edits.StaleSample)
        {
            Console.WriteLine($"edited, not at its last content: {line}");
        }

        await env.Simulator.ClearFaultsAsync(cancellationToken);
        var requests = await env.Admin.CountRequestsAsync(cancellationToken);

        var audit = await CampaignAudit.RunAsync(env, submissions, before, cancellationToken);
        Console.WriteLine($"audit: {audit.Applied} applied, {audit.Rejected} rejected with reasons, {audit.Lost} lost, {audit.Duplicates} duplicates; " +
            $"{edited.LastContent} of {edited.Edited} edited (of {edits.Chosen} chosen) end with their last content ({edited.Stale} do not)");
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
            ["edit_chosen"] = edits.Chosen,
            ["edited"] = edited.Edited,
            ["edited_last_content"] = edited.LastContent,
            ["edited_stale"] = edited.Stale,
            ["edit_never_applied"] = edits.NotEdited.Count,
        };
        foreach (var (key, value) in audit.ToJson())
        {
            figures[key] = value?.DeepClone();
        }

        FigureLine.Print(figures);
        return runs.Finished && audit.Lost == 0 && audit.Duplicates == 0 && edited.Stale == 0 ? 0 : 1;
    }

    // Only a runner started after the last edit may end the campaign: one that finishes sooner ran its last intake before
    // some edit, so it is started again once every edit is made (the edited submissions come in a later batch).
    private static async Task<RunnerRuns> RunUntilDoneAsync(
        BenchEnvironment env, FaultCampaignOptions options, (Task Running, EditedResubmissions Edits) editing, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var settings = env.EngineSettings();
        var deadline = Stopwatch.StartNew();
        int starts = 0, kills = 0;
        while (deadline.Elapsed < options.TimeLimit && starts < options.Kills + options.MaxCrashRestarts + 2)
        {
            var startedAt = Stopwatch.GetTimestamp();
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
                if (runner.ExitCode == 0 && editing.Edits.CompletedAt < startedAt)
                {
                    return new RunnerRuns(starts, kills, true);
                }

                if (runner.ExitCode == 0)
                {
                    // Every queue is drained: an edit still waiting for its submission to be applied waits for a dead letter.
                    editing.Edits.StopWaiting();
                    await editing.Running.WaitAsync(cancellationToken);
                    if (editing.Edits.CompletedAt < startedAt)
                    {
                        return new RunnerRuns(starts, kills, true);
                    }

                    Console.WriteLine("runner: edits were made after it started; starting again for their deliveries");
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
