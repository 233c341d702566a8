using System.Security.Cryptography;
using System.Text;

namespace PsFunctions.Sync.Outcomes;

/// <summary>
/// A work message that will not be tried again on its own, kept for a person: its queue, the ids it names, why it
/// was given up, how often it was tried and when. <paramref name="MessageText"/> is the message as it travelled (it
/// can hold student data, for example a webhook <c>student.update</c>'s fields: stored, never logged or shown in the
/// status), so <c>ops requeue-poison</c> can send it again. One dead letter per distinct message of a queue:
/// <paramref name="Key"/> is derived from the queue and the text (<see cref="KeyOf"/>), so the record the dispatcher
/// writes and the copy the queue host puts in the poison queue meet in one row.
/// </summary>
public sealed record DeadLetter(
    string Queue,
    string Key,
    string MessageText,
    IReadOnlyDictionary<string, string> Ids,
    string Reason,
    int DeliveryCount,
    DateTimeOffset DeadLetteredAt,
    DeadLetterState State = DeadLetterState.Open,
    DateTimeOffset? RequeuedAt = null)
{
    /// <summary>A new, open dead letter of <paramref name="messageText"/> on <paramref name="queue"/>.</summary>
    public static DeadLetter Open(
        string queue, string messageText, IReadOnlyDictionary<string, string> ids, string reason, int deliveryCount, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new DeadLetter(queue, KeyOf(queue, messageText), messageText, ids, reason, deliveryCount, at);
    }

    /// <summary>The key of a message's dead letter: the first 128 bits of SHA-256 over the queue and the text, in hex.</summary>
    public static string KeyOf(string queue, string messageText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        ArgumentNullException.ThrowIfNull(messageText);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{queue}\n{messageText}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
