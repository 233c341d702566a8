using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Hands a work message from one of the <see cref="WorkQueues"/> to its handler. Both hosts call it: the
/// Function App's queue triggers and the local runner's queue loop, so the two read messages the same way.
/// A handler's exception is left to the host: the message becomes visible again and, after the maximum
/// dequeue count, moves to the poison queue.
/// </summary>
public sealed class WorkDispatcher(
    StudentUpsertHandler upserts,
    DocumentMirrorHandler documents,
    WebhookCommandHandler commands)
{
    /// <summary>Processes <paramref name="message"/> read from <paramref name="queueName"/> on its <paramref name="dequeueCount"/>-th delivery.</summary>
    /// <exception cref="ArgumentException">The queue is not a work queue.</exception>
    /// <exception cref="System.Text.Json.JsonException">The message is not the JSON that queue carries.</exception>
    public async Task DispatchAsync(string queueName, string message, int dequeueCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentNullException.ThrowIfNull(message);
        switch (queueName)
        {
            case WorkQueues.StudentUpserts:
                await upserts.HandleAsync(WorkMessageJson.DeserializeStudentUpsert(message), dequeueCount, cancellationToken);
                break;
            case WorkQueues.DocumentMirror:
                await documents.HandleAsync(WorkMessageJson.DeserializeDocumentMirror(message), cancellationToken);
                break;
            case WorkQueues.WebhookCommands:
                await commands.HandleAsync(WebhookCommandSerializer.Deserialize(message), dequeueCount, cancellationToken);
                break;
            default:
                throw new ArgumentException($"'{queueName}' is not a work queue; expected one of {string.Join(", ", WorkQueues.All)}.", nameof(queueName));
        }
    }
}
