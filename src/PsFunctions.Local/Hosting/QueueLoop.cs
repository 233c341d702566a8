using Microsoft.Extensions.Options;

namespace PsFunctions.Local.Hosting;

/// <summary>Continuous mode: keeps one work queue drained, polling it when idle.</summary>
internal sealed class QueueLoop(string queueName, QueueWorker worker, IOptions<QueueWorkerOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
