using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace PsFunctions.Azure.Storage.Queues;

/// <summary>
/// A received message held by this receiver: its visibility is renewed every third of the lease while the handler
/// runs (each renewal hands back a new pop receipt, which the settle calls use), and it is settled once: deleted,
/// given back after a delay, or given back at once. A settle the service refuses with 404 or 400 means another
/// receiver holds the message now (the lease ran out or was taken over): it returns false instead of throwing.
/// </summary>
internal sealed class MessageLease : IAsyncDisposable
{
    private readonly QueueClient _queue;
    private readonly QueueMessage _message;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private string _popReceipt;

    private MessageLease(QueueClient queue, QueueMessage message, TimeSpan duration, TimeProvider time, ILogger logger)
    {
        _queue = queue;
        _message = message;
        _logger = logger;
        _popReceipt = message.PopReceipt;
        _renewing = RenewAsync(duration, time);
    }

    public string MessageId => _message.MessageId;

    /// <summary>Starts renewing <paramref name="message"/>'s visibility, received with a lease of <paramref name="duration"/>.</summary>
    public static MessageLease Hold(QueueClient queue, QueueMessage message, TimeSpan duration, TimeProvider time, ILogger logger) =>
        new(queue, message, duration, time, logger);

    /// <summary>Deletes the message (its work is done, or a copy is in the poison queue).</summary>
    public Task<bool> DeleteAsync() =>
        SettleAsync(receipt => _queue.DeleteMessageAsync(_message.MessageId, receipt, CancellationToken.None));

    /// <summary>Makes the message visible to every receiver again after <paramref name="delay"/> (zero: at once).</summary>
    public Task<bool> ReturnAsync(TimeSpan delay) =>
        SettleAsync(receipt => _queue.UpdateMessageAsync(_message.MessageId, receipt, visibilityTimeout: delay, cancellationToken: CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await StopRenewingAsync();
        _stop.Dispose();
    }

    // Settles with CancellationToken.None: once the handler has finished, a settle cut short would hand the work out twice.
    private async Task<bool> SettleAsync(Func<string, Task> settle)
    {
        await StopRenewingAsync();
        try
        {
            await settle(_popReceipt);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 404)
        {
            QueueProcessorLog.LeaseLost(_logger, _queue.Name, _message.MessageId, ex.Status);
            return false;
        }
    }

    private async Task StopRenewingAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
    }

    // A renewal already sent is not cancelled: its answer carries the pop receipt the settle needs.
    private async Task RenewAsync(TimeSpan duration, TimeProvider time)
    {
        var interval = duration / 3;
        while (true)
        {
            try
            {
                await Task.Delay(interval, time, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                var receipt = await _queue.UpdateMessageAsync(_message.MessageId, _popReceipt, visibilityTimeout: duration, cancellationToken: CancellationToken.None);
                _popReceipt = receipt.Value.PopReceipt;
                QueueProcessorLog.LeaseRenewed(_logger, _queue.Name, _message.MessageId, duration);
            }
            catch (RequestFailedException ex) when (ex.Status is 400 or 404)
            {
                // Another receiver has it: keep no lease; the settle will say so.
                return;
            }
            catch (Exception ex)
            {
                // Transient (the SDK has retried already): the next renewal, a third of the lease later, tries again.
                QueueProcessorLog.LeaseRenewalFailed(_logger, _queue.Name, _message.MessageId, ex.GetType().Name);
            }
        }
    }
}
