using PsFunctions.DevStorage;
using Xunit;

namespace PsFunctions.Testing;

/// <summary>
/// xunit fixture that hands a test class the connection string of a real Azurite.
/// Every fixture in a test process shares one Azurite (<see cref="AzuriteServer.Shared"/>);
/// tests keep apart by using their own container, queue and table names (<see cref="UniqueName"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteEndpoints? _endpoints;

    /// <summary>Blob, Queue and Table endpoints of the running Azurite.</summary>
    public AzuriteEndpoints Endpoints =>
        _endpoints ?? throw new InvalidOperationException("AzuriteFixture is used before xunit initialised it.");

    /// <summary>A storage connection string for all three services.</summary>
    public string ConnectionString => Endpoints.ConnectionString;

    public async Task InitializeAsync() => _endpoints = await AzuriteServer.Shared.Value.ConfigureAwait(false);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A lower-case name valid for a container, queue or table, unique in this process.</summary>
    public static string UniqueName(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        return $"{prefix}{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 12, 63)].ToLowerInvariant();
    }
}
