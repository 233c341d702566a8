using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Local.Hosting;

/// <summary>Continuous mode: the local runner's stand-in for the queue triggers, one listening loop per work queue the engine registered.</summary>
internal sealed class QueueLoops(WorkDispatcher dispatcher, StorageQueueProcessor processor) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(dispatcher.Queues.Select(queue => processor.ListenAsync(queue, stoppingToken)));
}
