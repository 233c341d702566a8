using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using PowerSchool.Client.Resilience;

namespace PowerSchool.Client.Sis.Auth;

/// <summary>Adds the bearer token; on 401 refreshes once (shared with every waiting call) and re-sends.</summary>
internal sealed class SisAuthenticationHandler(SisTokenProvider tokens, ILogger<SisAuthenticationHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // The token expired early or was revoked: a 401 means the request was not processed, so re-sending is safe.
        Log.TokenRejected(logger, request.RequestUri?.Authority ?? "?");
        response.Dispose();
        var fresh = await tokens.RefreshAsync(token, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Value);
        return await base.SendAsync(request, cancellationToken);
    }
}
