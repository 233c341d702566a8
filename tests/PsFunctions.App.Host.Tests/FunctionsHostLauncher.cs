using System.Diagnostics;

using PsFunctions.Testing;

namespace PsFunctions.App.Host.Tests;

/// <summary>
/// How these tests start a Functions host over a published app: the <c>run-host</c>-style script named by
/// <see cref="ScriptVariable"/> (<c>.ci/run</c> sets it to the shared build), else Core Tools' <c>func start</c> in the
/// publish folder, as a district developer runs it. <see cref="Find"/> is null when neither is there.
/// </summary>
internal sealed record FunctionsHostLauncher(string Description, string FileName, bool EnforcesKeys, Func<string, int, IEnumerable<string>> Arguments)
{
    public const string ScriptVariable = "PSFUNCTIONS_FUNCTIONS_HOST";

    /// <summary>The function and admin key run-host enforces (its default).</summary>
    public const string Key = "local-test-key-000000000000000000000000";

    public static string NotFoundMessage { get; } =
        $"No Functions host: set {ScriptVariable} to a run-host script (e.g. ../shared/tools/functions-host/run-host) or put Core Tools' func on PATH.";

    public static FunctionsHostLauncher? Find { get; } = Locate();

    /// <summary>Start information for the host over <paramref name="appFolder"/> on <paramref name="port"/>, with <paramref name="settings"/> as app settings.</summary>
    public ProcessStartInfo StartInfo(string appFolder, int port, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo(FileName)
        {
            WorkingDirectory = appFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(appFolder, port))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static FunctionsHostLauncher? Locate()
    {
        var script = Environment.GetEnvironmentVariable(ScriptVariable);
        if (!string.IsNullOrWhiteSpace(script))
        {
            // Relative to the repository root, where .ci/run runs.
            var path = Path.GetFullPath(script, RepositoryRoot.Path);
            // A script that is not there fails the tests when the host starts, never skips them.
            return new FunctionsHostLauncher($"{ScriptVariable}={path}", path, EnforcesKeys: true, (app, port) => [app, port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var func = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "func.cmd" : "func"))
            .FirstOrDefault(File.Exists);
        // Core Tools does not check function keys when it runs locally.
        return func is null
            ? null
            : new FunctionsHostLauncher($"func on PATH ({func})", func, EnforcesKeys: false, (_, port) => ["start", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }
}
