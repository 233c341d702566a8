using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Hosting.Setup;

/// <summary>
/// Reads <see cref="HealthReport"/> from the setup check and the poison queues, reused for <see cref="SetupOptions.RecheckInterval"/>
/// so that probes cost nothing in between. The queue services are resolved only once the setup is complete.
/// </summary>
public sealed class HealthReader : IDisposable
{
    private readonly SetupCheck _setup;
    private readonly IServiceProvider _services;
    private readonly CachedResult<HealthReport> _health;

    public HealthReader(SetupCheck setup, IServiceProvider services, IOptions<SetupOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _setup = setup;
        _services = services;
        _health = new CachedResult<HealthReport>(ReadUncachedAsync, () => options.Value.RecheckInterval, timeProvider);
    }

    public Task<HealthReport> ReadAsync(CancellationToken cancellationToken = default) => _health.GetAsync(cancellationToken);

    public void Dispose() => _health.Dispose();

    private async Task<HealthReport> ReadUncachedAsync(CancellationToken cancellationToken)
    {
        var report = await _setup.CheckAsync(cancellationToken);
        if (!report.IsConfigured)
        {
            var missing = report.Missing.Count > 0 ? report.Missing : ["(invalid settings: see /api/status)"];
            return new HealthReport(HealthStates.NotConfigured, missing, []);
        }

        var attention = new List<string>();
        if (!report.IsReady)
        {
            attention.Add("a secret could not be read (see /api/status)");
        }

        attention.AddRange(await PoisonedQueuesAsync(cancellationToken));
        return new HealthReport(attention.Count == 0 ? HealthStates.Healthy : HealthStates.Degraded, [], attention);
    }

    private async Task<IReadOnlyList<string>> PoisonedQueuesAsync(CancellationToken cancellationToken)
    {
        try
        {
            var monitor = _services.GetRequiredService<IQueueMonitor>();
            var poisoned = new List<string>();
            foreach (var queue in _services.GetRequiredService<WorkDispatcher>().Queues)
            {
                var poison = WorkQueues.PoisonOf(queue);
                if (await monitor.GetApproximateCountAsync(poison, cancellationToken) > 0)
                {
                    poisoned.Add($"{poison} holds messages that failed every delivery");
                }
            }

            return poisoned;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return [$"storage could not be read ({failure.GetType().Name})"];
        }
    }
}
