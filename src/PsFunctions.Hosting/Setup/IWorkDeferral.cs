namespace PsFunctions.Hosting.Setup;

/// <summary>
/// Where a work message goes when it arrives while the app cannot work (<see cref="SetupGate"/>): it must come back later,
/// never be completed as if handled. The one place to point at a shared "defer this message" mechanism.
/// </summary>
public interface IWorkDeferral
{
    /// <summary>Gives <paramref name="message"/> back to <paramref name="queueName"/>, to be delivered again after <paramref name="delay"/>; throws when it cannot (the host then retries the delivery).</summary>
    Task DeferAsync(string queueName, string message, TimeSpan delay, CancellationToken cancellationToken = default);
}
