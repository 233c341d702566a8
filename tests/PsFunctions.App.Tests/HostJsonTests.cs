using System.Globalization;
using System.Text.Json;
using PsFunctions.Sync.Messaging;
using PsFunctions.Testing;

namespace PsFunctions.App.Tests;

/// <summary>
/// host.json gives the Function App's queue triggers the numbers every other host takes from <see cref="WorkQueueOptions"/>
/// (<c>Sync:Queues</c>): the two copies must not drift. A different <c>maxDequeueCount</c> would poison messages before the
/// last-delivery hook runs, or run it on deliveries that are not the last.
/// </summary>
public sealed class HostJsonTests
{
    private static readonly Lazy<JsonElement> Queues = new(ReadQueues);

    private static readonly WorkQueueOptions Defaults = new();

    [Fact]
    public void Host_json_maxDequeueCount_is_the_engine_s_MaxDequeueCount() =>
        Assert.Equal(Defaults.MaxDequeueCount, Queues.Value.GetProperty("maxDequeueCount").GetInt32());

    [Fact]
    public void Host_json_visibilityTimeout_is_the_engine_s_RetryDelay() =>
        Assert.Equal(Defaults.RetryDelay, TimeSpan.Parse(Queues.Value.GetProperty("visibilityTimeout").GetString()!, CultureInfo.InvariantCulture));

    [Fact]
    public void Host_json_batchSize_is_the_engine_s_BatchSize() =>
        Assert.Equal(Defaults.BatchSize, Queues.Value.GetProperty("batchSize").GetInt32());

    // The repository's own host.json (next to PsFunctions.sln), not a copy in a build folder.
    private static JsonElement ReadQueues()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("host.json")));
        return document.RootElement.GetProperty("extensions").GetProperty("queues").Clone();
    }
}
