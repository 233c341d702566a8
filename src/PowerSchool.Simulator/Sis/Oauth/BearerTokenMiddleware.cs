using System.Net.Http.Headers;
using PowerSchool.Simulator.Faults;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Sis.Oauth;

/// <summary>Every <c>/ws</c> request needs a valid bearer token: unknown, expired and revoked tokens get 401.</summary>
public sealed class BearerTokenMiddleware(RequestDelegate next, TokenStore tokens)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments("/ws", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var token = BearerToken(context.Request.Headers.Authorization);
        if (token is not null && context.Items.ContainsKey(FaultMiddleware.RevokeTokenItem))
        {
            tokens.Revoke(token);
        }

        if (token is null || !tokens.IsValid(token))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            // As PowerSchool answers (seen in a public client's tests): the realm, and what is wrong with the token.
            context.Response.Headers.WWWAuthenticate =
                $"Bearer error=\"invalid_token\",realm=\"PowerSchool\",error_description=\"{(token is null ? "The access token is missing" : "The access token is invalid, expired or revoked")}\"";
            await SimJson.WriteAsync(context, w =>
            {
                w.WriteStartObject();
                w.WriteString("message", token is null ? "Missing bearer access token." : "Invalid, expired or revoked access token.");
                w.WriteString("error", "invalid_token");
                w.WriteNumber("status", StatusCodes.Status401Unauthorized);
                w.WriteEndObject();
            });
            return;
        }

        await next(context);
    }

    private static string? BearerToken(string? header) =>
        AuthenticationHeaderValue.TryParse(header, out var value) && string.Equals(value.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(value.Parameter)
            ? value.Parameter.Trim()
            : null;
}
