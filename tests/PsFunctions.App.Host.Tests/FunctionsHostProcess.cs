using System.Diagnostics;
using System.Net;

namespace PsFunctions.App.Host.Tests;

/// <summary>
/// One Functions host process over the published app: every line it writes is kept (<see cref="Log"/>, also copied to
/// <c>functions-host.log</c> beside these tests) so tests can read what the host itself reported.
/// </summary>
internal sealed class FunctionsHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Lock _lock = new();
    private readonly StreamWriter _file;

    private FunctionsHostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _file = new StreamWriter(Path.Combine(AppContext.BaseDirectory, "functions-host.log"), append: false) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The host's lines so far.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Starts the host and returns once it answers <c>/admin/host/status</c> as running.</summary>
    public static async Task<FunctionsHostProcess> StartAsync(FunctionsHostLauncher launcher, string appFolder, IReadOnlyDictionary<string, string> settings)
    {
        var port = Testing.AzuriteServer.FreeLoopbackPorts(1)[0];
        var process = Process.Start(launcher.StartInfo(appFolder, port, settings))
            ?? throw new InvalidOperationException($"The Functions host ({launcher.Description}) did not start.");
        var host = new FunctionsHostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await host.WaitUntilRunningAsync(launcher);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM, as Azure stops an instance: the host stops its listeners and its worker.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill!.WaitForExitAsync();
            }

            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(stopped.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        await _file.DisposeAsync();
    }

    private async Task WaitUntilRunningAsync(FunctionsHostLauncher launcher)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.UntilAsync(
            async token =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The Functions host ({launcher.Description}) exited with {_process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, Log.TakeLast(40))}");
                }

                try
                {
                    using var answer = await client.GetAsync(new Uri($"admin/host/status?code={FunctionsHostLauncher.Key}", UriKind.Relative), token);
                    return answer.StatusCode == HttpStatusCode.OK && (await answer.Content.ReadAsStringAsync(token)).Contains("\"Running\"", StringComparison.Ordinal);
                }
                catch (HttpRequestException)
                {
                    return false; // not listening yet
                }
            },
            StartTimeout,
            $"the Functions host ({launcher.Description}) answers /admin/host/status as running",
            () => Log.TakeLast(40));
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _lines.Add(line);
            _file.WriteLine(line);
        }
    }
}
