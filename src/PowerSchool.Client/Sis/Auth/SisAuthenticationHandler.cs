using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using PowerSchool.Client.Resilience;

namespace PowerSchool.Client.Sis.Auth;

/// <summary>
/// Adds the bearer token; on a token 401 (<c>WWW-Authenticate: Bearer error="invalid_token"</c>) refreshes once (shared
/// with every waiting call) and re-sends. The plugin-permission 401 of PowerSchool 25.2+ goes back to the caller.
/// </summary>
internal sealed class SisAuthenticationHandler(SisTokenProvider tokens, ILogger<SisAuthenticationHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || await IsPluginPermissionAsync(response, cancellationToken))
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

    // PowerSchool 25.2+ answers 401 to a valid token when the plugin lacks accessLevelV1Api: a new token would be
    // refused the same way, so that 401 is not spent on a token request (reading the body buffers it for the caller).
    private static async Task<bool> IsPluginPermissionAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        ErrorBodies.MissingV1ApiAccess(await response.Content.ReadAsStringAsync(cancellationToken)) is not null;
}
