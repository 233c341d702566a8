namespace PsFunctions.Bench.Cli;

/// <summary>A command line the bench cannot run: the message names the option and the rule.</summary>
internal sealed class BenchUsageException(string message) : Exception(message);
