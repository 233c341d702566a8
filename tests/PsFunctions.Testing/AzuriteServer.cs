using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PsFunctions.Testing;

/// <summary>
/// Starts <c>node_modules/.bin/azurite</c> on free loopback ports with a temporary data folder,
/// waits until Blob, Queue and Table accept connections, and stops it when the test process exits.
/// When <see cref="ExistingConnectionVariable"/> names a running Azurite, that one is used instead.
/// </summary>
public static class AzuriteServer
{
    /// <summary>Environment variable holding the connection string of an Azurite that is already running.</summary>
    public const string ExistingConnectionVariable = "PSFUNCTIONS_TEST_AZURITE";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The Azurite shared by the whole test process, started on first use.</summary>
    public static Lazy<Task<AzuriteEndpoints>> Shared { get; } = new(StartOrReuseAsync);

    private static async Task<AzuriteEndpoints> StartOrReuseAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingConnectionVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            var endpoints = AzuriteEndpoints.Parse(existing);
            await WaitUntilListeningAsync(endpoints, process: null).ConfigureAwait(false);
            return endpoints;
        }

        return await StartAsync(FindAzurite()).ConfigureAwait(false);
    }

    /// <summary>Path of the Azurite launcher installed by <c>npm ci</c> at the repository root.</summary>
    public static string FindAzurite() => FindAzurite(AppContext.BaseDirectory);

    /// <summary>Looks for <c>node_modules/.bin/azurite</c> from <paramref name="startDirectory"/> up to the repository root.</summary>
    public static string FindAzurite(string startDirectory)
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
            "Azurite is not installed: run `npm ci` at the repository root (it installs azurite 3.37.0 into node_modules), " +
            $"or set {ExistingConnectionVariable} to the connection string of a running Azurite.");
    }

    private static async Task<AzuriteEndpoints> StartAsync(string launcher)
    {
        var dataFolder = Directory.CreateTempSubdirectory("psfunctions-azurite-").FullName;
        var ports = FreeLoopbackPorts(3);
        var endpoints = AzuriteEndpoints.OnLoopback(ports[0], ports[1], ports[2]);
        var start = new ProcessStartInfo(launcher)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--silent", "--skipApiVersionCheck", "--loose", "--location", dataFolder,
                     "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {launcher}.");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process, dataFolder);
        await WaitUntilListeningAsync(endpoints, process).ConfigureAwait(false);
        return endpoints;
    }

    private static async Task WaitUntilListeningAsync(AzuriteEndpoints endpoints, Process? process)
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        foreach (var endpoint in new[] { endpoints.Blob, endpoints.Queue, endpoints.Table })
        {
            while (!await AcceptsConnectionAsync(endpoint, deadline.Token).ConfigureAwait(false))
            {
                if (process is { HasExited: true })
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before it listened on {endpoint}.");
                }

                if (deadline.IsCancellationRequested)
                {
                    throw new TimeoutException($"Azurite did not listen on {endpoint} within {StartTimeout.TotalSeconds} s.");
                }

                // Poll again shortly: this waits for a child process to bind, it times nothing under test.
                await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static async Task<bool> AcceptsConnectionAsync(Uri endpoint, CancellationToken cancellationToken)
    {
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

    private static void Stop(Process process, string dataFolder)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
            TryDelete(dataFolder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the exiting child; the OS temp cleaner takes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
