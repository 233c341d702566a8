using PsFunctions.Local.Cycle;
using PsFunctions.Local.Environment;
using PsFunctions.Local.Hosting;
using PsFunctions.Local.Operations;
using PsFunctions.Local.Plugin;
using PsFunctions.Sync.Events;

namespace PsFunctions.Local.Cli;

/// <summary>Runs the local runner's command line; returns the process exit code.</summary>
internal static class LocalCommand
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadArguments = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        LocalArguments arguments;
        try
        {
            arguments = LocalArguments.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return BadArguments;
        }

        if (arguments.Help)
        {
            await output.WriteLineAsync(LocalArguments.Usage);
            return Success;
        }

        if (arguments.PluginXml)
        {
            await output.WriteAsync(PluginXmlCommand.Render(arguments.PluginPublisher));
            return Success;
        }

        if (arguments.PluginZip)
        {
            await PluginZipCommand.WriteAsync(arguments.PluginOutput, arguments.PluginPublisher, cancellationToken);
            await output.WriteLineAsync($"Wrote the PowerSchool plugin to {Path.GetFullPath(arguments.PluginOutput)}");
            return Success;
        }

        try
        {
            if (arguments.Operation.Count > 0)
            {
                return await OperationsCommand.RunAsync(arguments, output, cancellationToken);
            }

            return await RunProductAsync(arguments, output, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Type and message only: our exceptions name ids, settings and URLs, never student data or secrets.
            await error.WriteLineAsync($"Failed: {ex.GetType().Name}: {ex.Message}");
            return Failed;
        }
    }

    private static async Task<int> RunProductAsync(LocalArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var workFolder = Path.GetFullPath(WorkFolder.Name);
        Directory.CreateDirectory(workFolder);
        await using var environment = await LocalEnvironment.StartAsync(arguments, workFolder, cancellationToken);
        foreach (var line in environment.Description)
        {
            await output.WriteLineAsync(line);
        }

        await using var app = LocalHost.Build(arguments, environment.Settings);
        await app.StartAsync(cancellationToken);
        await output.WriteLineAsync($"Events: {app.Services.GetRequiredService<EventDestination>().Description}");
        if (!arguments.Once)
        {
            await output.WriteLineAsync($"Listening on {string.Join(", ", app.Urls)}: POST /api/webhooks/{{source}}, GET /api/status, the operations console at /api/console/. Ctrl+C stops.");
            await app.WaitForShutdownAsync(cancellationToken);
            return Success;
        }

        var summary = await app.Services.GetRequiredService<OnceCycle>().RunAsync(cancellationToken);
        SummaryTable.Write(summary, output);
        await app.StopAsync(CancellationToken.None);
        return summary.Succeeded ? Success : Failed;
    }
}
