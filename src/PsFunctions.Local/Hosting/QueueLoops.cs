using Microsoft.Extensions.Options;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Local.Hosting;

/// <summary>Continuous mode: keeps every work queue the engine registered drained, polling each when idle.</summary>
internal sealed class QueueLoops(WorkDispatcher dispatcher, QueueWorker worker, IOptions<QueueWorkerOptions> options, TimeProvider time) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(dispatcher.Queues.Select(queue => DrainForeverAsync(queue, stoppingToken)));

    private async Task DrainForeverAsync(string queueName, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pass = await worker.ProcessVisibleAsync(queueName, stoppingToken);
            if (pass.Handled == 0)
            {
                await Task.Delay(options.Value.IdlePollInterval, time, stoppingToken);
            }
        }
    }
}
