using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Local.Cli;
using PsFunctions.Local.Cycle;
using PsFunctions.Local.Environment;
using PsFunctions.Local.Hosting;

namespace PsFunctions.Local.Tests.Console;

/// <summary>
/// The local runner as <c>--once</c> runs it (its own Azurite and simulator, the host on a free loopback port), with
/// <paramref name="Flawed"/> deliberately flawed submissions added to the generated district before the cycle, kept
/// running after the cycle so a browser can open the console. <see cref="Summary"/> is the table <c>--once</c> prints.
/// </summary>
internal sealed class ConsoleRun(LocalEnvironment environment, WebApplication app, string summary) : IAsyncDisposable
{
    public string Summary { get; } = summary;

    public Uri ConsoleUrl { get; } = new(app.Urls.First().TrimEnd('/') + "/api/console/");

    public static async Task<ConsoleRun> StartAsync(int submissions, int flawed, CancellationToken cancellationToken)
    {
        var arguments = LocalArguments.Parse(["--once", "--students", "200", "--submissions", submissions.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var workFolder = Path.GetFullPath(WorkFolder.Name);
        Directory.CreateDirectory(workFolder);
        var environment = await LocalEnvironment.StartAsync(arguments, workFolder, cancellationToken);
        await AddFlawedAsync(new Uri(environment.Settings["PowerSchool:Enrollment:BaseUrl"]!), flawed, cancellationToken);
        var app = LocalHost.Build(arguments, environment.Settings);
        await app.StartAsync(cancellationToken);
        var cycle = await app.Services.GetRequiredService<OnceCycle>().RunAsync(cancellationToken);
        using var text = new StringWriter();
        SummaryTable.Write(cycle, text);
        return new ConsoleRun(environment, app, text.ToString());
    }

    // The simulator's admin surface: generated submissions that each carry one deliberate flaw, approved for the next batch.
    private static async Task AddFlawedAsync(Uri simulator, int count, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = simulator };
        using var response = await http.PostAsJsonAsync("_sim/enrollment/submissions", new { count, flawed = true, approved = true }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        await environment.DisposeAsync();
    }
}
