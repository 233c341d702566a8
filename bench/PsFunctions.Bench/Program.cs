using PsFunctions.Bench.Cli;
using PsFunctions.Bench.Documents;
using PsFunctions.Bench.Faults;
using PsFunctions.Bench.Scan;
using PsFunctions.Bench.Sync;
using PsFunctions.Bench.Webhooks;

// One program, one command per measurement; see docs/benchmarks.md.
const string usage = """
    usage: PsFunctions.Bench <command> [--option value ...]
      sync        enrollment to SIS: ours, the naive baseline and the round-trip floor   (--submissions 5000)
      scan        change scan of 5,000, 20,000 and 50,000 students                       (--sizes 5000,20000,50000)
      documents   document mirror of 200 files from 1 to 20 MB                           (--files 200)
      faults      fault campaign: injected faults, runner killed and restarted, audit    (--submissions 10000)
      webhooks    webhook campaign: malformed, unsigned, stale, replayed, oversize       (--requests 10000)
    """;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

if (args.Length == 0)
{
    Console.Error.WriteLine(usage);
    return 2;
}

try
{
    var options = new BenchArguments(args[1..]);
    return args[0] switch
    {
        "sync" => await SyncBenchmark.RunAsync(options, cancel.Token),
        "scan" => await ChangeScanBenchmark.RunAsync(options, cancel.Token),
        "documents" => await DocumentMirrorBenchmark.RunAsync(options, cancel.Token),
        "faults" => await FaultCampaign.RunAsync(options, cancel.Token),
        FaultRunner.Command => await FaultRunner.RunAsync(options, cancel.Token),
        "webhooks" => await WebhookCampaign.RunAsync(options, cancel.Token),
        _ => throw new BenchUsageException($"Unknown command '{args[0]}'."),
    };
}
catch (BenchUsageException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(usage);
    return 2;
}
