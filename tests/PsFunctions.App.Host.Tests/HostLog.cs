namespace PsFunctions.App.Host.Tests;

/// <summary>What the Functions host's own lines say: its <c>Executed 'Functions.X' (Succeeded|Failed, …)</c> results and restarts.</summary>
internal static class HostLog
{
    public static IEnumerable<string> Executed(IEnumerable<string> lines, string function, string result) =>
        lines.Where(line => line.Contains($"Executed 'Functions.{function}' ({result}", StringComparison.Ordinal));

    public static IEnumerable<string> Failed(IEnumerable<string> lines) =>
        lines.Where(line => line.Contains("Executed 'Functions.", StringComparison.Ordinal) && line.Contains("(Failed", StringComparison.Ordinal));

    /// <summary>The host's lines that announce a restart, or the file change that triggers one.</summary>
    public static IEnumerable<string> Restarts(IEnumerable<string> lines) =>
        lines.Where(line => line.Contains("Signaling restart", StringComparison.OrdinalIgnoreCase)
            || line.Contains("Host configuration has changed", StringComparison.OrdinalIgnoreCase)
            || line.Contains("Directory change of type", StringComparison.OrdinalIgnoreCase));
}
