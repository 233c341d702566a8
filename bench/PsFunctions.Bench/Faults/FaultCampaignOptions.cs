using PsFunctions.Bench.Cli;

namespace PsFunctions.Bench.Faults;

/// <summary>The fault campaign's options, with the sizes the issue names as defaults.</summary>
internal sealed record FaultCampaignOptions(
    int Submissions, double FaultRate, int LatencyMs, int Students, int Kills, double KillMinSeconds, double KillMaxSeconds,
    int MaxCrashRestarts, int Workers, int Seed, TimeSpan TimeLimit, double EditRate)
{
    public static FaultCampaignOptions Read(BenchArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var killMin = args.Double("kill-min-seconds", 5, 0.5, 3_600);
        var options = new FaultCampaignOptions(
            args.Int("submissions", 10_000, 1, 100_000),
            args.Double("fault-rate", 0.10, 0, 0.5),
            args.Int("latency-ms", 100, 0, 10_000),
            args.Int("students", 2_000, 10, 100_000),
            args.Int("kills", 10, 0, 1_000),
            killMin,
            args.Double("kill-max-seconds", 30, killMin, 3_600),
            args.Int("max-crash-restarts", 20, 0, 1_000),
            args.Int("workers", 8, 1, 64),
            args.Int("seed", 7, 0, int.MaxValue),
            TimeSpan.FromMinutes(args.Int("time-limit-minutes", 90, 1, 24 * 60)),
            args.Double("edit-rate", 0.05, 0, 1));
        args.RejectUnknown();
        return options;
    }
}
