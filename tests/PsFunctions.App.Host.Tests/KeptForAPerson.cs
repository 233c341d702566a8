using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.App.Host.Tests;

/// <summary>
/// Where the product keeps work that needs a person, read in one place so it is easy to move: today a submission whose
/// message exhausted its deliveries is a <see cref="Rejection"/> in the rejection store (<c>ops replay</c>) and the message
/// itself sits in the queue's poison queue (<c>ops requeue-poison</c>).
/// </summary>
internal sealed record KeptForAPerson(Rejection Rejection, string PoisonMessage)
{
    /// <summary>What is kept for <paramref name="submissionId"/> of a message on <paramref name="queueName"/>; null until both are there.</summary>
    public static async Task<KeptForAPerson?> FindAsync(HostFixture fixture, string queueName, string submissionId, CancellationToken cancellationToken)
    {
        var rejection = await fixture.Storage.GetRequiredService<IRejectionStore>().GetAsync(submissionId, cancellationToken);
        var poison = new QueueClient(fixture.StorageConnection, WorkQueues.PoisonOf(queueName), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var messages = (await poison.PeekMessagesAsync(32, cancellationToken)).Value;
        var message = messages.Select(peeked => peeked.Body.ToString()).FirstOrDefault(body => body.Contains(submissionId, StringComparison.Ordinal));
        return rejection is not null && message is not null ? new KeptForAPerson(rejection, message) : null;
    }
}
