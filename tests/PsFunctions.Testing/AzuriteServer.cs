using PsFunctions.DevStorage;

namespace PsFunctions.Testing;

/// <summary>
/// The one Azurite of a test process: started on first use from <c>node_modules/.bin/azurite</c> on free
/// loopback ports with a temporary data folder, stopped when the process exits. When
/// <see cref="ExistingConnectionVariable"/> names a running Azurite, that one is used instead.
/// </summary>
public static class AzuriteServer
{
    /// <summary>Environment variable holding the connection string of an Azurite that is already running.</summary>
    public const string ExistingConnectionVariable = "PSFUNCTIONS_TEST_AZURITE";

    /// <summary>The Azurite shared by the whole test process, started on first use.</summary>
    public static Lazy<Task<AzuriteEndpoints>> Shared { get; } = new(StartOrReuseAsync);

    /// <summary>Ports that were free on 127.0.0.1 a moment ago.</summary>
    public static int[] FreeLoopbackPorts(int count) => AzuriteProcess.FreeLoopbackPorts(count);

    private static async Task<AzuriteEndpoints> StartOrReuseAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingConnectionVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            var endpoints = AzuriteEndpoints.Parse(existing);
            await AzuriteProcess.WaitUntilListeningAsync(endpoints, process: null).ConfigureAwait(false);
            return endpoints;
        }

        string launcher;
        try
        {
            launcher = AzuriteProcess.FindLauncher(AppContext.BaseDirectory);
        }
        catch (InvalidOperationException error)
        {
            throw new InvalidOperationException($"{error.Message} Or set {ExistingConnectionVariable} to the connection string of a running Azurite.", error);
        }

        var azurite = await AzuriteProcess.StartAsync(launcher).ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return azurite.Endpoints;
    }
}
