using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Json;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Secrets;

namespace PowerSchool.Client.Sis.Auth;

/// <summary>
/// Obtains and caches the SIS bearer token (OAuth client credentials). One request at a time: however
/// many calls wait, they share the token the first of them fetched.
/// </summary>
internal sealed class SisTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<SisClientOptions> options,
    ISecretProvider secrets,
    ISisTokenCache cache,
    TimeProvider timeProvider,
    ILogger<SisTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = "PowerSchool.Sis.Token";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _cacheKey;

    public async ValueTask<SisAccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var key = await CacheKeyAsync(cancellationToken);
        if (await UsableAsync(key, cancellationToken) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await UsableAsync(key, cancellationToken) ?? await FetchAndStoreAsync(key, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>After a 401: a new token, unless another caller already replaced <paramref name="rejected"/>.</summary>
    public async ValueTask<SisAccessToken> RefreshAsync(SisAccessToken rejected, CancellationToken cancellationToken)
    {
        var key = await CacheKeyAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await UsableAsync(key, cancellationToken) is { } current && current != rejected)
            {
                return current;
            }

            await cache.RemoveAsync(key, rejected, cancellationToken);
            return await FetchAndStoreAsync(key, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async ValueTask<SisAccessToken?> UsableAsync(string key, CancellationToken cancellationToken) =>
        await cache.GetAsync(key, cancellationToken) is { } token && token.IsUsableAt(timeProvider.GetUtcNow()) ? token : null;

    private async Task<SisAccessToken> FetchAndStoreAsync(string key, CancellationToken cancellationToken)
    {
        var token = await FetchAsync(cancellationToken);
        await cache.SetAsync(key, token, cancellationToken);
        return token;
    }

    private async Task<SisAccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var baseUrl = settings.BaseUrl!;
        var clientId = await secrets.GetSecretAsync(settings.ClientIdSecretName, cancellationToken);
        var clientSecret = await secrets.GetSecretAsync(settings.ClientSecretSecretName, cancellationToken);
        using var request = RequestMetadata.Create(HttpMethod.Post, new Uri(baseUrl, "/oauth/access_token").ToString(), "/oauth/access_token");
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        request.Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]);

        var transport = new PowerSchoolTransport(httpClientFactory.CreateClient(HttpClientName), logger, "sis");
        using var response = await transport.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
        {
            throw new PowerSchoolAuthenticationException(baseUrl,
                $"the token endpoint answered {(int)response.StatusCode}. Check the secrets '{settings.ClientIdSecretName}' and '{settings.ClientSecretSecretName}'.")
            {
                StatusCode = response.StatusCode,
                Operation = "POST /oauth/access_token",
            };
        }

        await transport.EnsureSuccessAsync(request, response, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync(SisJsonContext.Default.TokenResponse, cancellationToken);
        return ToToken(body, baseUrl, settings.TokenExpiryMargin);
    }

    private SisAccessToken ToToken(TokenResponse? body, Uri baseUrl, TimeSpan margin)
    {
        if (string.IsNullOrEmpty(body?.AccessToken)
            || !long.TryParse(body.ExpiresIn, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new PowerSchoolAuthenticationException(baseUrl, "the token endpoint answered without access_token/expires_in.");
        }

        var lifetime = TimeSpan.FromSeconds(seconds);
        // Renew early, but never spend more than a tenth of a short token's life on the margin.
        var usable = lifetime - TimeSpan.FromTicks(Math.Min(margin.Ticks, lifetime.Ticks / 10));
        Log.TokenObtained(logger, baseUrl.Authority, (long)usable.TotalSeconds);
        return new SisAccessToken(body.AccessToken, timeProvider.GetUtcNow() + usable);
    }

    private async ValueTask<string> CacheKeyAsync(CancellationToken cancellationToken)
    {
        if (_cacheKey is { } key)
        {
            return key;
        }

        var settings = options.Value;
        var clientId = await secrets.GetSecretAsync(settings.ClientIdSecretName, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientId)))[..16];
        return _cacheKey = $"powerschool-sis:{settings.BaseUrl!.Authority}:{hash}";
    }
}
