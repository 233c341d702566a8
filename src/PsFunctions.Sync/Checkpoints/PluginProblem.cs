using System.Text.Json;
using PowerSchool.Client;

namespace PsFunctions.Sync.Checkpoints;

/// <summary>
/// A component's last refusal by the plugin's configuration (<see cref="PowerSchoolPluginConfigurationException"/>): which
/// call was refused and what to change, kept in <see cref="ICheckpointStore"/> (one entry per component, see
/// <see cref="Components"/>) until that component next succeeds, so the status shows the fix, not only a log. Operation
/// and fix name plugin elements and settings, never student data.
/// </summary>
public sealed record PluginProblem(string Component, string? Operation, string Fix, DateTimeOffset ObservedAt)
{
    /// <summary>The change feed's component (its SIS polls).</summary>
    public const string ChangeFeed = "change feed";

    /// <summary>The student-upserts queue's component (its student lookups and POSTs).</summary>
    public const string StudentUpserts = "student upserts";

    /// <summary>The change feed's entry in the store (the name it has always had).</summary>
    public const string Name = "sis-change-feed-plugin-problem";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every component that records its problems, with its entry in the store; the status shows them in this order.</summary>
    public static IReadOnlyDictionary<string, string> Components { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ChangeFeed] = Name,
        [StudentUpserts] = "student-upserts-plugin-problem",
    };

    public static PluginProblem Of(string component, PowerSchoolPluginConfigurationException error, DateTimeOffset observedAt)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(component, error.Operation, error.Fix, observedAt);
    }

    /// <summary>The change feed's problem, if any.</summary>
    public static Task<PluginProblem?> ReadAsync(ICheckpointStore store, CancellationToken cancellationToken = default) =>
        ReadAsync(store, ChangeFeed, cancellationToken);

    public static async Task<PluginProblem?> ReadAsync(ICheckpointStore store, string component, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = await store.GetAsync(EntryOf(component), cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(text) ? null : JsonSerializer.Deserialize<PluginProblem>(text, Json);
    }

    /// <summary>The current problem of every component, in <see cref="Components"/> order.</summary>
    public static async Task<IReadOnlyList<PluginProblem>> ReadAllAsync(ICheckpointStore store, CancellationToken cancellationToken = default)
    {
        var problems = new List<PluginProblem>();
        foreach (var component in Components.Keys)
        {
            if (await ReadAsync(store, component, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    public Task WriteAsync(ICheckpointStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.SetAsync(EntryOf(Component), JsonSerializer.Serialize(this, Json), cancellationToken);
    }

    /// <summary>Forgets the change feed's recorded problem (an empty value reads as none).</summary>
    public static Task ClearAsync(ICheckpointStore store, CancellationToken cancellationToken = default) =>
        ClearAsync(store, ChangeFeed, cancellationToken);

    /// <summary>Forgets <paramref name="component"/>'s recorded problem (an empty value reads as none).</summary>
    public static async Task ClearAsync(ICheckpointStore store, string component, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entry = EntryOf(component);
        if (!string.IsNullOrEmpty(await store.GetAsync(entry, cancellationToken).ConfigureAwait(false)))
        {
            await store.SetAsync(entry, string.Empty, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string EntryOf(string component) => Components.TryGetValue(component, out var entry)
        ? entry
        : throw new ArgumentException($"'{component}' is not a component that records plugin problems ({string.Join(", ", Components.Keys)}).", nameof(component));
}
