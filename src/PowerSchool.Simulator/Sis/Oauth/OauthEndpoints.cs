using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Sis.Oauth;

/// <summary><c>POST /oauth/access_token</c> (with or without the trailing slash): the client-credentials grant.</summary>
public static class OauthEndpoints
{
    // Routing matches the path with and without its trailing slash, so one mapping serves both.
    public static void Map(IEndpointRouteBuilder app) => app.MapPost("/oauth/access_token", IssueAsync);

    private static async Task<IResult> IssueAsync(HttpContext context, TokenStore tokens, IOptions<SisOptions> options)
    {
        if (!TryReadBasic(context.Request.Headers.Authorization, out var clientId, out var secret)
            || !FixedTimeEquals(clientId, options.Value.ClientId) || !FixedTimeEquals(secret, options.Value.ClientSecret))
        {
            return OauthError(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed: the client id or client secret is wrong.");
        }

        if (!context.Request.HasFormContentType)
        {
            return OauthError(StatusCodes.Status400BadRequest, "invalid_request", "The body must be application/x-www-form-urlencoded with grant_type=client_credentials.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!string.Equals(form["grant_type"], "client_credentials", StringComparison.Ordinal))
        {
            return OauthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "grant_type must be client_credentials.");
        }

        var (token, expiresIn) = tokens.Issue();
        return SimJson.Result(w =>
        {
            w.WriteStartObject();
            w.WriteString("access_token", token);
            w.WriteString("token_type", "Bearer");
            // PowerSchool sends expires_in as a string of seconds.
            w.WriteString("expires_in", ((long)expiresIn.TotalSeconds).ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
        });
    }

    private static IResult OauthError(int status, string error, string description) => SimJson.Result(w =>
    {
        w.WriteStartObject();
        w.WriteString("error", error);
        w.WriteString("error_description", description);
        w.WriteString("message", description);
        w.WriteNumber("status", status);
        w.WriteEndObject();
    }, status);

    private static bool TryReadBasic(string? header, out string clientId, out string secret)
    {
        clientId = secret = string.Empty;
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return false;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter)).Split(':', 2);
            if (pair.Length != 2)
            {
                return false;
            }

            (clientId, secret) = (pair[0], pair[1]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool FixedTimeEquals(string a, string b) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
