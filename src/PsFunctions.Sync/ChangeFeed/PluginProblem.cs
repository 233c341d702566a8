using System.Text.Json;
using PowerSchool.Client;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// The last poll's refusal by the plugin's configuration (<see cref="PowerSchoolPluginConfigurationException"/>): which
/// call was refused and what to change, kept in <see cref="ICheckpointStore"/> under <see cref="Name"/> until a poll
/// succeeds, so the status shows the fix, not only a log. Operation and fix name plugin elements and settings, never
/// student data.
/// </summary>
public sealed record PluginProblem(string Component, string? Operation, string Fix, DateTimeOffset ObservedAt)
{
    /// <summary>The problem's name in the store.</summary>
    public const string Name = "sis-change-feed-plugin-problem";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PluginProblem Of(string component, PowerSchoolPluginConfigurationException error, DateTimeOffset observedAt)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(component, error.Operation, error.Fix, observedAt);
    }

    public static async Task<PluginProblem?> ReadAsync(ICheckpointStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = await store.GetAsync(Name, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(text) ? null : JsonSerializer.Deserialize<PluginProblem>(text, Json);
    }

    public Task WriteAsync(ICheckpointStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.SetAsync(Name, JsonSerializer.Serialize(this, Json), cancellationToken);
    }

    /// <summary>Forgets a recorded problem (an empty value reads as none).</summary>
    public static async Task ClearAsync(ICheckpointStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!string.IsNullOrEmpty(await store.GetAsync(Name, cancellationToken).ConfigureAwait(false)))
        {
            await store.SetAsync(Name, string.Empty, cancellationToken).ConfigureAwait(false);
        }
    }
}
