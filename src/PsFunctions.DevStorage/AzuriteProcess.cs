using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PsFunctions.DevStorage;

/// <summary>
/// An Azurite child process (Blob, Queue, Table) on loopback, started from the <c>azurite</c> launcher
/// that <c>npm ci</c> installs into <c>node_modules/.bin</c>. Disposing stops it and deletes its data
/// folder when the folder was temporary. Used by the local runner and by the test fixture.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string? _temporaryFolder;

    private AzuriteProcess(Process process, AzuriteEndpoints endpoints, string? temporaryFolder)
    {
        _process = process;
        Endpoints = endpoints;
        _temporaryFolder = temporaryFolder;
    }

    public AzuriteEndpoints Endpoints { get; }

    /// <summary>
    /// Starts Azurite on the given ports (free ones when null) with its data in <paramref name="dataFolder"/>
    /// (a temporary folder, deleted on dispose, when null) and returns once all three services accept connections.
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(
        string launcher, string? dataFolder = null, (int Blob, int Queue, int Table)? ports = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(launcher);
        var temporary = dataFolder is null ? Directory.CreateTempSubdirectory("psfunctions-azurite-").FullName : null;
        var folder = dataFolder ?? temporary!;
        Directory.CreateDirectory(folder);
        var (blob, queue, table) = ports ?? FreePorts();
        var endpoints = AzuriteEndpoints.OnLoopback(blob, queue, table);
        var process = Process.Start(StartInfo(launcher, folder, blob, queue, table))
            ?? throw new InvalidOperationException($"Could not start {launcher}.");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, endpoints, temporary);
        try
        {
            await WaitUntilListeningAsync(endpoints, process, cancellationToken).ConfigureAwait(false);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Path of the <c>azurite</c> launcher, looked for from <paramref name="startDirectory"/> up to the repository root.</summary>
    public static string FindLauncher(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(dir.FullName, "PsFunctions.sln")))
            {
                break;
            }
        }

        throw new InvalidOperationException(
            "Azurite is not installed: run `npm ci` at the repository root (it installs azurite 3.37.0 into node_modules).");
    }

    /// <summary>Waits until Blob, Queue and Table of <paramref name="endpoints"/> accept TCP connections.</summary>
    public static async Task WaitUntilListeningAsync(AzuriteEndpoints endpoints, Process? process, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartTimeout);
        foreach (var endpoint in new[] { endpoints.Blob, endpoints.Queue, endpoints.Table })
        {
            while (!await IsListeningAsync(endpoint, deadline.Token).ConfigureAwait(false))
            {
                if (process is { HasExited: true })
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before it listened on {endpoint}.");
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (deadline.IsCancellationRequested)
                {
                    throw new TimeoutException($"Azurite did not listen on {endpoint} within {StartTimeout.TotalSeconds} s.");
                }

                // Poll again shortly: this waits for a child process to bind its port.
                await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>True when something accepts TCP connections at the endpoint's host and port.</summary>
    public static async Task<bool> IsListeningAsync(Uri endpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Ports that were free on 127.0.0.1 a moment ago (held together so they differ).</summary>
    public static int[] FreeLoopbackPorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (TimeoutException)
        {
            // Killed but not yet reaped; the OS finishes it.
        }
        finally
        {
            _process.Dispose();
            TryDelete(_temporaryFolder);
        }
    }

    private static (int, int, int) FreePorts()
    {
        var ports = FreeLoopbackPorts(3);
        return (ports[0], ports[1], ports[2]);
    }

    private static ProcessStartInfo StartInfo(string launcher, string folder, int blob, int queue, int table)
    {
        var start = new ProcessStartInfo(launcher)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --skipApiVersionCheck: Azure.Storage 12.30 speaks an API version Azurite 3.37.0 otherwise refuses.
        string[] arguments =
        [
            "--silent", "--skipApiVersionCheck", "--loose", "--location", folder,
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static void TryDelete(string? folder)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting child; the OS temp cleaner takes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
