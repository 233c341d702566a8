using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>The Bicep CLI restored by eng/bicep/Bicep.props: compiles a template to its ARM JSON.</summary>
internal static class BicepCli
{
    private static readonly string Executable = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "BicepCliPath").Value!;

    public static async Task<JsonObject> BuildAsync(string bicepFile)
    {
        // NuGet does not keep the executable bit of package files.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Executable, File.GetUnixFileMode(Executable) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["build", bicepFile, "--stdout"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"bicep build {bicepFile} failed: {await errors}");
        return JsonNode.Parse(await output)!.AsObject();
    }
}
