using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.App.Host.Tests;

/// <summary>
/// Where the product keeps work that needs a person, read in one place so it is easy to move: a submission whose message
/// exhausted its deliveries is a <see cref="Rejection"/> in the rejection store (<c>ops replay</c>), the message is a
/// <see cref="DeadLetter"/> in the dead-letter store that never expires (<c>ops status</c>, <c>ops requeue-poison</c>),
/// and the host's copy sits in the queue's poison queue until the sweep moves it.
/// </summary>
internal sealed record KeptForAPerson(Rejection Rejection, DeadLetter DeadLetter, string PoisonMessage)
{
    /// <summary>What is kept for <paramref name="submissionId"/> of a message on <paramref name="queueName"/>; null until all three are there.</summary>
    public static async Task<KeptForAPerson?> FindAsync(HostFixture fixture, string queueName, string submissionId, CancellationToken cancellationToken)
    {
        var rejection = await fixture.Storage.GetRequiredService<IRejectionStore>().GetAsync(submissionId, cancellationToken);
        var poison = new QueueClient(fixture.StorageConnection, WorkQueues.PoisonOf(queueName), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var messages = (await poison.PeekMessagesAsync(32, cancellationToken)).Value;
        var message = messages.Select(peeked => peeked.Body.ToString()).FirstOrDefault(body => body.Contains(submissionId, StringComparison.Ordinal));
        DeadLetter? letter = null;
        await foreach (var open in fixture.Storage.GetRequiredService<IDeadLetterStore>().ListOpenAsync(queueName, cancellationToken))
        {
            if (open.MessageText.Contains(submissionId, StringComparison.Ordinal))
            {
                letter = open;
            }
        }

        return rejection is not null && letter is not null && message is not null ? new KeptForAPerson(rejection, letter, message) : null;
    }
}
