using Azure;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Azure.Storage.Queues;

/// <summary>
/// <see cref="IPoisonQueues"/> on Azure Storage queues (named through <see cref="StorageQueues"/>, so the name prefix
/// applies): <c>&lt;queue&gt;-poison</c>, read with a minute's visibility and deleted by message id and pop receipt.
/// </summary>
public sealed class StoragePoisonQueues : IPoisonQueues
{
    private static readonly TimeSpan Visibility = TimeSpan.FromMinutes(1);

    private readonly StorageQueues _queues;

    public StoragePoisonQueues(StorageQueues queues)
    {
        ArgumentNullException.ThrowIfNull(queues);
        _queues = queues;
    }

    public async Task<IReadOnlyList<PoisonMessage>> ReceiveAsync(string queueName, int maxMessages, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        try
        {
            var messages = await _queues.Get(WorkQueues.PoisonOf(queueName)).ReceiveMessagesAsync(Math.Min(maxMessages, 32), Visibility, cancellationToken);
            return [.. messages.Value.Select(message => new PoisonMessage(
                message.MessageId, message.PopReceipt, message.Body.ToString(), message.InsertedOn, message.ExpiresOn))];
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }
    }

    public async Task<bool> DeleteAsync(string queueName, PoisonMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await _queues.Get(WorkQueues.PoisonOf(queueName)).DeleteMessageAsync(message.MessageId, message.Receipt, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 404)
        {
            // The visibility ran out and another reader holds it: that reader moves it.
            return false;
        }
    }
}
