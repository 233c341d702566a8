namespace PsFunctions.Sync.Status;

/// <summary>One open dead letter as the status shows it: its queue and key, the ids its message names, why and when (never the message's text).</summary>
public sealed record DeadLetterSummary(
    string Queue, string Key, IReadOnlyDictionary<string, string> Ids, string Reason, int DeliveryCount, DateTimeOffset DeadLetteredAt);
