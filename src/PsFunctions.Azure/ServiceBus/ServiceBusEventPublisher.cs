using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PsFunctions.Azure.Diagnostics;
using PsFunctions.Sync.Events;

namespace PsFunctions.Azure.ServiceBus;

/// <summary>
/// <see cref="IEventPublisher"/> on a Service Bus topic. Events go out in order, packed into as few
/// <see cref="ServiceBusMessageBatch"/>es as fit. Any failure becomes <see cref="EventPublishException"/>
/// with <see cref="EventPublishException.IsTransient"/> from the SDK; batches sent before a failure stay
/// sent, and publishing the same events again is safe because MessageId = event id lets the topic's
/// duplicate detection drop the repeats. The topic must not be partitioned (a batch mixes sessions).
/// </summary>
public sealed class ServiceBusEventPublisher(ServiceBusSender sender, ILogger<ServiceBusEventPublisher>? logger = null) : IEventPublisher
{
    private readonly ILogger _logger = logger ?? NullLogger<ServiceBusEventPublisher>.Instance;

    public async Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var messages = events.Select(CloudEventMessages.Create).ToList();
        var sent = 0;
        try
        {
            while (sent < messages.Count)
            {
                sent += await SendNextBatchAsync(messages, sent, cancellationToken);
            }
        }
        catch (ServiceBusException exception)
        {
            _logger.PublishFailed(sender.EntityPath, exception.Reason.ToString(), exception.IsTransient, sent, messages.Count, exception);
            throw new EventPublishException(
                $"Publishing to Service Bus topic '{sender.EntityPath}' failed ({exception.Reason}); {sent} of {messages.Count} events were sent.",
                exception.IsTransient,
                exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            _logger.PublishFailed(sender.EntityPath, "Unauthorized", false, sent, messages.Count, exception);
            throw new EventPublishException(
                $"Not allowed to send to Service Bus topic '{sender.EntityPath}' (grant the identity 'Azure Service Bus Data Sender').",
                isTransient: false,
                exception);
        }
    }

    private async Task<int> SendNextBatchAsync(List<ServiceBusMessage> messages, int start, CancellationToken cancellationToken)
    {
        using var batch = await sender.CreateMessageBatchAsync(cancellationToken);
        var next = start;
        while (next < messages.Count && batch.TryAddMessage(messages[next]))
        {
            next++;
        }

        if (next == start)
        {
            throw new EventPublishException(
                $"Event '{messages[start].MessageId}' is larger than a Service Bus message may be ({batch.MaxSizeInBytes} bytes).",
                isTransient: false);
        }

        await sender.SendMessagesAsync(batch, cancellationToken);
        _logger.EventsSent(batch.Count, sender.EntityPath);
        return batch.Count;
    }
}
