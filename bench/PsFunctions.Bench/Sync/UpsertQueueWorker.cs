using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using PsFunctions.Bench.Harness;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;

namespace PsFunctions.Bench.Sync;

/// <summary>
/// The queue loop a host runs for <c>student-upserts</c>, the way the Functions queue trigger behaves: receive
/// with a visibility timeout, hand the message and its dequeue count to <see cref="StudentUpsertHandler"/>,
/// delete on success, let it come back after a short delay on failure, and move it to the poison queue once
/// it has been delivered <see cref="StudentUpsertOptions.MaxDequeueCount"/> times.
/// </summary>
internal sealed class UpsertQueueWorker(string connectionString, WorkDispatcher dispatcher, int maxDequeueCount, TimeSpan visibility)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan IdlePause = TimeSpan.FromMilliseconds(200);

    private readonly QueueClient _queue = EngineServices.Queue(connectionString, WorkQueues.StudentUpserts);
    private readonly QueueClient _poison = EngineServices.Queue(connectionString, WorkQueues.StudentUpserts + "-poison");
    private long _handled;
    private long _failures;
    private long _poisoned;
    private long _leaseLost;

    public long Handled => Interlocked.Read(ref _handled);

    public long Failures => Interlocked.Read(ref _failures);

    public long Poisoned => Interlocked.Read(ref _poisoned);

    public long LeaseLost => Interlocked.Read(ref _leaseLost);

    /// <summary>
    /// Runs <paramref name="concurrency"/> receivers until the queue is empty (no message visible or invisible)
    /// or <paramref name="timeLimit"/> passes; returns whether it emptied.
    /// </summary>
    public async Task<bool> DrainAsync(int concurrency, TimeSpan timeLimit, CancellationToken cancellationToken = default)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);
        var receivers = Enumerable.Range(0, concurrency).Select(_ => ReceiveUntilEmptyAsync(limit.Token)).ToList();
        try
        {
            await Task.WhenAll(receivers);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task ReceiveUntilEmptyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            QueueMessage? message = (await _queue.ReceiveMessageAsync(visibility, cancellationToken)).Value;
            if (message is not null)
            {
                await HandleAsync(message, cancellationToken);
                continue;
            }

            // Nothing visible: done only when nothing is in flight or waiting to come back either.
            var properties = await _queue.GetPropertiesAsync(cancellationToken);
            if (properties.Value.ApproximateMessagesCount == 0)
            {
                return;
            }

            await Task.Delay(IdlePause, cancellationToken);
        }
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount > maxDequeueCount)
        {
            await SettleAsync(() => MoveToPoisonAsync(message, cancellationToken));
            return;
        }

        try
        {
            await dispatcher.DispatchAsync(WorkQueues.StudentUpserts, message.MessageText, (int)message.DequeueCount, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The trigger's behaviour: a failed message comes back; on its last delivery it goes to the poison queue.
            Interlocked.Increment(ref _failures);
            await SettleAsync(() => message.DequeueCount >= maxDequeueCount
                ? MoveToPoisonAsync(message, cancellationToken)
                : _queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: RetryDelay, cancellationToken: cancellationToken));
            return;
        }

        await SettleAsync(() => _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken));
        Interlocked.Increment(ref _handled);
    }

    // The handler outlived the visibility timeout and another receiver took the message (at-least-once delivery):
    // this receiver's delete or update no longer counts. The other one finishes it; the ledger makes the second
    // handling change nothing.
    private async Task SettleAsync(Func<Task> settle)
    {
        try
        {
            await settle();
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 404)
        {
            Interlocked.Increment(ref _leaseLost);
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        await _poison.SendMessageAsync(message.MessageText, cancellationToken);
        await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        Interlocked.Increment(ref _poisoned);
    }
}
