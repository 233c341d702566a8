using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Hosting.Setup;

/// <summary>
/// What the Function App's timers and queue triggers go through: while <see cref="SetupCheck"/> reports the setup incomplete, a
/// timer does nothing and a queue message is deferred (<see cref="IWorkDeferral"/>), never completed as handled. The engine's
/// services are resolved only once the setup is ready, because building them needs the settings that may be missing.
/// </summary>
public sealed class SetupGate(SetupCheck setup, IServiceProvider services, IWorkDeferral deferral, IOptions<SetupOptions> options, ILogger<SetupGate> logger)
{
    /// <summary>Runs <paramref name="work"/> on the engine's <typeparamref name="TWork"/> when the setup is ready; otherwise logs what is missing.</summary>
    public async Task RunAsync<TWork>(string functionName, Func<TWork, CancellationToken, Task> work, CancellationToken cancellationToken = default)
        where TWork : notnull
    {
        ArgumentNullException.ThrowIfNull(work);
        var report = await setup.CheckAsync(cancellationToken);
        if (!report.IsReady)
        {
            SetupLog.WorkSkipped(logger, functionName, report.Missing);
            return;
        }

        await work(services.GetRequiredService<TWork>(), cancellationToken);
    }

    /// <summary>Hands a queue message to the engine's <see cref="WorkDispatcher"/> when the setup is ready; otherwise defers it.</summary>
    public async Task DispatchAsync(string queueName, string message, int dequeueCount, CancellationToken cancellationToken = default)
    {
        var report = await setup.CheckAsync(cancellationToken);
        if (!report.IsReady)
        {
            var delay = options.Value.DeferDelay;
            await deferral.DeferAsync(queueName, message, delay, cancellationToken);
            SetupLog.MessageDeferred(logger, queueName, delay);
            return;
        }

        await services.GetRequiredService<WorkDispatcher>().DispatchAsync(queueName, message, dequeueCount, cancellationToken);
    }
}
