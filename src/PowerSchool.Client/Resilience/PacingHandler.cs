namespace PowerSchool.Client.Resilience;

/// <summary>
/// Innermost but for the request log: each attempt waits for its <see cref="RequestPacer"/> turn just before it is
/// sent, after its concurrency slot and its token. Taken earlier, a turn could pass while the request waits for a slot
/// or a token, and two requests would leave together; the throttle refuses the second. Holding a slot while waiting
/// for a turn costs nothing: the pacer then lets a request go every interval, the most the district allows.
/// </summary>
internal sealed class PacingHandler(RequestPacer pacer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
