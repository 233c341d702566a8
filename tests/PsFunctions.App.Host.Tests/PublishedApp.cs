using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

using PsFunctions.Testing;

namespace PsFunctions.App.Host.Tests;

/// <summary>
/// <c>dotnet publish src/PsFunctions.App</c> into a temporary folder, once per test run, from the build these tests ran
/// after (same configuration, no second build): what a district deploys, <c>functions.metadata</c> included.
/// </summary>
internal static class PublishedApp
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    public static Task<string> GetFolderAsync() => Folder.Value;

    /// <summary>The function names the build's <c>functions.metadata</c> lists.</summary>
    public static IReadOnlyList<string> FunctionNames(string folder)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "functions.metadata")));
        return [.. metadata.RootElement.EnumerateArray().Select(function => function.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];
    }

    private static async Task<string> PublishAsync()
    {
        var output = Directory.CreateTempSubdirectory("psfunctions-host-app-").FullName;
        var configuration = typeof(PublishedApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(RepositoryRoot.Path, "src", "PsFunctions.App", "PsFunctions.App.csproj");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["publish", project, "-c", configuration, "--no-build", "-o", output, "-nologo"])
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0 || !File.Exists(Path.Combine(output, "functions.metadata")))
        {
            throw new InvalidOperationException($"dotnet publish of {project} failed ({publish.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}");
        }

        return output;
    }
}
