using System.Text.Json;

namespace PsFunctions.Sync.Events;

/// <summary>
/// An event other systems subscribe to, published as a CloudEvents 1.0 JSON document.
/// <paramref name="Id"/> is deterministic for the fact it reports, so a re-published event is a duplicate
/// the broker can drop; <paramref name="SessionKey"/> keeps one student's events in order.
/// <paramref name="Data"/> carries ids and changed field names, never more student data than subscribers need.
/// </summary>
public sealed record IntegrationEvent(
    string Id,
    string Type,
    string Source,
    string Subject,
    string SessionKey,
    DateTimeOffset Time,
    JsonElement Data);
