using System.Diagnostics;
using System.Reflection;

namespace PsFunctions.Bench.Faults;

/// <summary>Starts this program again as <see cref="FaultRunner"/>, with the engine's settings in its environment.</summary>
internal static class RunnerProcess
{
    public static Process Start(IReadOnlyDictionary<string, string?> settings, int workers, int timeLimitMinutes)
    {
        var host = System.Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        // Run as `dotnet PsFunctions.Bench.dll`: the child needs the assembly path too.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in (string[])[FaultRunner.Command, "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--time-limit-minutes", timeLimitMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[FaultRunner.EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the fault runner.");
    }
}
