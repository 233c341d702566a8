using System.Collections.Concurrent;
using System.Text.Json;
using PsFunctions.Sync.Events;

namespace PsFunctions.Local.Cycle;

/// <summary>
/// Wraps the configured <see cref="IEventPublisher"/> and counts what it published, for the run summary:
/// events by type, inserts and updates (from <c>student.upserted</c>), rejected submissions, and the
/// documents and bytes mirrored. It reads ids, actions and sizes only.
/// </summary>
internal sealed class EventTally(IEventPublisher inner) : IEventPublisher
{
    private readonly ConcurrentDictionary<string, int> _byType = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _upsertActions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _rejected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _documents = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> ByType => _byType;

    public int Inserted => _upsertActions.Values.Count(action => action.Equals("INSERT", StringComparison.OrdinalIgnoreCase));

    public int Updated => _upsertActions.Values.Count(action => action.Equals("UPDATE", StringComparison.OrdinalIgnoreCase));

    /// <summary>Submission ids that a <c>student.rejected</c> event reported.</summary>
    public IReadOnlyCollection<string> RejectedSubmissions => [.. _rejected.Keys.Order(StringComparer.Ordinal)];

    public int Documents => _documents.Count;

    public long DocumentBytes => _documents.Values.Sum();

    public int Total => _byType.Values.Sum();

    public async Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        await inner.PublishAsync(events, cancellationToken);
        foreach (var published in events)
        {
            _byType.AddOrUpdate(published.Type, 1, (_, count) => count + 1);
            Record(published);
        }
    }

    private void Record(IntegrationEvent published)
    {
        // Keyed by what the event is about, so a re-published duplicate is not counted twice.
        switch (published.Type)
        {
            case EventTypes.StudentUpserted when Text(published.Data, "submissionId") is { } submission:
                _upsertActions[submission] = Text(published.Data, "action") ?? string.Empty;
                break;
            case EventTypes.StudentRejected when Text(published.Data, "submissionId") is { } submission:
                _rejected[submission] = true;
                break;
            case EventTypes.DocumentMirrored when Text(published.Data, "path") is { } path:
                _documents[path] = Number(published.Data, "length");
                break;
        }
    }

    private static string? Text(JsonElement data, string name) =>
        Property(data, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static long Number(JsonElement data, string name) =>
        Property(data, name) is { ValueKind: JsonValueKind.Number } value ? value.GetInt64() : 0;

    private static JsonElement? Property(JsonElement data, string name)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in data.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
