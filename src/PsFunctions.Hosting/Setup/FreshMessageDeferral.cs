using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Hosting.Setup;

/// <summary>
/// Sends the message again as a fresh message visible after the delay, so waiting for the setup uses none of the original's
/// deliveries (it never reaches the poison queue for it). If the send fails the exception goes to the host, which delivers the
/// original again; if the original's completion fails after the send, the handlers' ledgers make the second copy harmless.
/// The work queue is resolved on use: with storage not configured there is nothing to resolve, and the host's retries keep the message.
/// </summary>
internal sealed class FreshMessageDeferral(IServiceProvider services) : IWorkDeferral
{
    public Task DeferAsync(string queueName, string message, TimeSpan delay, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<IWorkQueue>().EnqueueAsync(queueName, message, delay, cancellationToken);
}
