using System.Diagnostics;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>Which of a hook's two scripts a test runs: the POSIX one with sh, or the Windows one with PowerShell (the repository's dotnet tool).</summary>
public enum HookShell
{
    Sh,
    Pwsh,
}

/// <summary>Every hook test runs both scripts of its hook.</summary>
public static class HookShells
{
    public static TheoryData<HookShell> Both => [HookShell.Sh, HookShell.Pwsh];
}

/// <summary>Runs one of infra/hooks/ from the repository root as azd does, with the stand-ins first on PATH.</summary>
internal static class HookRunner
{
    private static readonly Lazy<Task> ToolsRestored = new(() => RunAsync("dotnet", ["tool", "restore"], new Dictionary<string, string>(), string.Empty));

    public static async Task<HookResult> RunAsync(HookShell shell, string hook, StandInClis clis, IReadOnlyDictionary<string, string> environment, string input = "")
    {
        var variables = new Dictionary<string, string>(environment, StringComparer.Ordinal)
        {
            ["STANDIN_DIR"] = clis.Folder,
            ["PATH"] = $"{clis.Folder}:{System.Environment.GetEnvironmentVariable("PATH")}",
        };
        if (shell == HookShell.Sh)
        {
            return await RunAsync("sh", [$"infra/hooks/{hook}.sh"], variables, input);
        }

        await ToolsRestored.Value;
        // The real dotnet runs PowerShell; the script's own `dotnet` calls find the stand-in first on PATH.
        var dotnet = Path.Combine(Path.GetDirectoryName(System.Environment.ProcessPath!)!, "dotnet");
        return await RunAsync(File.Exists(dotnet) ? dotnet : "dotnet", ["tool", "run", "pwsh", "--", "-NoProfile", "-NonInteractive", "-File", $"infra/hooks/{hook}.ps1"], variables, input);
    }

    private static async Task<HookResult> RunAsync(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string input)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return new HookResult(process.ExitCode, await output, await errors);
    }
}

/// <summary>A hook's exit code and what it printed.</summary>
internal sealed record HookResult(int ExitCode, string Output, string Errors);
