using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Azure.Storage.Queues;

/// <summary>
/// The Functions queue trigger's behaviour on Azure Storage queues, for every host that is not the Function App (the
/// local runner, the tests, the bench). Receives up to <see cref="WorkQueueOptions.BatchSize"/> messages at a time with
/// a lease of <see cref="QueueProcessorOptions.LeaseDuration"/> and handles them together, renewing each lease while its
/// handler runs; hands the text and the dequeue count to <see cref="WorkDispatcher"/> (which runs the last-delivery
/// hook); deletes a message whose handler succeeded; makes a failed one visible again after
/// <see cref="WorkQueueOptions.RetryDelay"/> or, on its last delivery, moves it to <c>&lt;queue&gt;-poison</c>. A message
/// already delivered more than <see cref="WorkQueueOptions.MaxDequeueCount"/> times (its last handling died unsettled)
/// goes to poison unhandled, as the trigger does. Cancellation stops every receiver; the messages in hand become
/// visible again at once.
/// </summary>
public sealed class StorageQueueProcessor(
    StorageQueues queues,
    WorkDispatcher dispatcher,
    IOptions<WorkQueueOptions> delivery,
    IOptions<QueueProcessorOptions> options,
    TimeProvider time,
    ILogger<StorageQueueProcessor> logger)
{
    // -1 s: a poisoned message never expires (it waits for an operator, see `ops requeue-poison`).
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    private readonly ConcurrentDictionary<string, CreateOnce> _created = new(StringComparer.Ordinal);

    /// <summary>
    /// Keeps <paramref name="queueName"/> drained until <paramref name="cancellationToken"/> is cancelled, looking again
    /// every <see cref="QueueProcessorOptions.IdlePollInterval"/> while it is idle or storage cannot be reached.
    /// </summary>
    /// <exception cref="OperationCanceledException">Always, once cancelled.</exception>
    public async Task ListenAsync(string queueName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        while (true)
        {
            var idle = true;
            try
            {
                idle = (await DrainAsync(queueName, QueueDrain.Visible, cancellationToken)).Handled == 0;
            }
            catch (Exception ex) when (ex is RequestFailedException or AggregateException)
            {
                // The SDK has retried already; like the trigger's listener, keep polling rather than stop the host.
                QueueProcessorLog.ReceiveFailed(logger, queueName, ex.GetType().Name, options.Value.IdlePollInterval);
            }

            if (idle)
            {
                await Task.Delay(options.Value.IdlePollInterval, time, cancellationToken);
            }
        }
    }

    /// <summary>Handles the messages of <paramref name="queueName"/> as <paramref name="drain"/> says; returns what became of them.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<QueueCounts> DrainAsync(string queueName, QueueDrain drain, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentNullException.ThrowIfNull(drain);
        ArgumentOutOfRangeException.ThrowIfLessThan(drain.Receivers, 1, nameof(drain));
        var queue = queues.Get(queueName);
        await EnsureCreatedAsync(queue, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new Run(queueName, queue, drain, new QueueTally(), stop);
        await Task.WhenAll(Enumerable.Range(0, drain.Receivers).Select(_ => ReceiveAsync(run)));
        return run.Tally.ToCounts();
    }

    private async Task ReceiveAsync(Run run)
    {
        var token = run.Stop.Token;
        while (true)
        {
            QueueMessage[] messages = await run.Queue.ReceiveMessagesAsync(delivery.Value.BatchSize, options.Value.LeaseDuration, token);
            if (messages.Length > 0)
            {
                await Task.WhenAll(messages.Select(message => HandleAsync(run, message)));
                continue;
            }

            // Nothing visible. Draining until empty: done only when nothing is in flight or waiting out a delay either.
            if (!run.Drain.UntilEmpty || (await run.Queue.GetPropertiesAsync(token)).Value.ApproximateMessagesCount == 0)
            {
                return;
            }

            await Task.Delay(options.Value.IdlePollInterval, time, token);
        }
    }

    private async Task HandleAsync(Run run, QueueMessage message)
    {
        await using var lease = MessageLease.Hold(run.Queue, message, options.Value.LeaseDuration, time, logger);
        if (message.DequeueCount > delivery.Value.MaxDequeueCount)
        {
            var poison = await MoveToPoisonAsync(run, lease, message);
            QueueProcessorLog.PoisonedUnhandled(logger, run.Queue.Name, message.MessageId, message.DequeueCount, delivery.Value.MaxDequeueCount, poison);
            return;
        }

        try
        {
            await dispatcher.DispatchAsync(run.QueueName, message.Body.ToString(), (int)message.DequeueCount, run.Stop.Token);
        }
        catch (Exception ex) when (run.Drain.StopOn?.Invoke(ex) == true)
        {
            await ReturnNowAsync(run, lease, ex.GetType().Name);
            await run.Stop.CancelAsync();
            throw;
        }
        catch (Exception ex) when (run.Stop.IsCancellationRequested)
        {
            await ReturnNowAsync(run, lease, "stopped");
            throw new OperationCanceledException("The drain stopped while the message was handled.", ex, run.Stop.Token);
        }
        catch (Exception ex)
        {
            await SettleFailureAsync(run, lease, message, ex);
            return;
        }

        Count(run, await lease.DeleteAsync(), run.Tally.Done);
    }

    private async Task SettleFailureAsync(Run run, MessageLease lease, QueueMessage message, Exception error)
    {
        run.Tally.Failed(error);
        if (delivery.Value.IsLastDelivery((int)message.DequeueCount))
        {
            var poison = await MoveToPoisonAsync(run, lease, message);
            QueueProcessorLog.Poisoned(logger, run.Queue.Name, message.MessageId, message.DequeueCount, error.GetType().Name, poison);
            return;
        }

        var retryDelay = delivery.Value.RetryDelay;
        Count(run, await lease.ReturnAsync(retryDelay), run.Tally.Retried);
        QueueProcessorLog.WillRetry(logger, run.Queue.Name, message.MessageId, message.DequeueCount, error.GetType().Name, retryDelay);
    }

    // Returns the poison queue's name.
    private async Task<string> MoveToPoisonAsync(Run run, MessageLease lease, QueueMessage message)
    {
        var poison = queues.Get(WorkQueues.PoisonOf(run.QueueName));
        await EnsureCreatedAsync(poison, CancellationToken.None);
        // Sent before the delete: a crash in between leaves a copy in both queues, never in neither.
        await poison.SendMessageAsync(message.Body, timeToLive: NeverExpires, cancellationToken: CancellationToken.None);
        Count(run, await lease.DeleteAsync(), run.Tally.Poisoned);
        return poison.Name;
    }

    private async Task ReturnNowAsync(Run run, MessageLease lease, string reason)
    {
        if (await lease.ReturnAsync(TimeSpan.Zero))
        {
            QueueProcessorLog.Returned(logger, run.Queue.Name, lease.MessageId, reason);
        }
    }

    private static void Count(Run run, bool settled, Action outcome)
    {
        if (settled)
        {
            outcome();
        }
        else
        {
            run.Tally.LeaseLost();
        }
    }

    private ValueTask EnsureCreatedAsync(QueueClient queue, CancellationToken cancellationToken) =>
        _created.GetOrAdd(queue.Name, _ => new CreateOnce(ct => queue.CreateIfNotExistsAsync(cancellationToken: ct))).EnsureAsync(cancellationToken);

    /// <summary>One call of <see cref="DrainAsync"/>: its queue, its mode, its counts and the source that stops all its receivers.</summary>
    private sealed record Run(string QueueName, QueueClient Queue, QueueDrain Drain, QueueTally Tally, CancellationTokenSource Stop);
}
