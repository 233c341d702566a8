namespace PsFunctions.Sync.Tests.Harness;

/// <summary>
/// Loses PowerSchool's answer to one armed request: the request reaches the simulator and takes effect,
/// then the connection "drops" before the client reads the answer (the outcome-unknown case that a
/// simulator fault, which drops before the request is handled, cannot show).
/// </summary>
internal sealed class LostAnswers
{
    private readonly Lock _gate = new();
    private (HttpMethod Method, string PathEnd, int Remaining)? _armed;

    public void Arm(HttpMethod method, string pathEnd, int times = 1)
    {
        lock (_gate)
        {
            _armed = (method, pathEnd, times);
        }
    }

    internal bool TakeFor(HttpRequestMessage request)
    {
        lock (_gate)
        {
            if (_armed is not { } armed || request.Method != armed.Method
                || request.RequestUri?.AbsolutePath.TrimEnd('/').EndsWith(armed.PathEnd, StringComparison.Ordinal) != true)
            {
                return false;
            }

            _armed = armed.Remaining > 1 ? armed with { Remaining = armed.Remaining - 1 } : null;
            return true;
        }
    }
}

/// <summary>The HTTP handler that carries out <see cref="LostAnswers"/>.</summary>
internal sealed class LostAnswerHandler(LostAnswers answers) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var lose = answers.TakeFor(request);
        var response = await base.SendAsync(request, cancellationToken);
        if (!lose)
        {
            return response;
        }

        response.Dispose();
        throw new HttpRequestException("The connection was reset before the answer was read (test).");
    }
}
