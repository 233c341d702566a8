using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// Decides whether a console request may go on. In Azure App Service authentication signs the person in with Entra ID and
/// injects <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON of their claims; the platform strips any such header a client sends);
/// the principal must carry <see cref="ConsoleOptions.RequiredRole"/> as a role or group claim: none is 401, another is 403.
/// A function key alone opens nothing. Locally only requests from a loopback address are let in. Actions (POSTs) must
/// also carry the anti-forgery token the page got from <see cref="IssueToken"/> (ASP.NET Core's <see cref="IAntiforgery"/>).
/// </summary>
public sealed class ConsoleAccess(IOptions<ConsoleOptions> options, IAntiforgery antiforgery)
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    private static readonly string[] RoleClaimTypes =
        ["roles", "groups", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role", "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups"];

    private static readonly string[] NameClaimTypes =
        ["name", "preferred_username", "http://schemas.microsoft.com/identity/claims/objectidentifier", "oid"];

    /// <summary>The principal, or the status code to answer with (401 or 403) when there is none allowed.</summary>
    public (ConsolePrincipal? Principal, int Status) Check(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = options.Value;
        if (value.Access == ConsoleAccessMode.Loopback)
        {
            return context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
                ? (new ConsolePrincipal($"local:{System.Environment.UserName}"), StatusCodes.Status200OK)
                : (null, StatusCodes.Status403Forbidden);
        }

        if (!context.Request.Headers.TryGetValue(PrincipalHeader, out var header) || Claims(header.ToString()) is not { } claims)
        {
            return (null, StatusCodes.Status401Unauthorized);
        }

        var allowed = claims.Any(claim => RoleClaimTypes.Contains(claim.Type, StringComparer.OrdinalIgnoreCase)
            && string.Equals(claim.Value, value.RequiredRole, StringComparison.OrdinalIgnoreCase));
        if (!allowed)
        {
            return (null, StatusCodes.Status403Forbidden);
        }

        var name = NameClaimTypes.Select(type => claims.FirstOrDefault(claim => string.Equals(claim.Type, type, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(claim => claim is not null)?.Value ?? "signed-in";
        return (new ConsolePrincipal(name), StatusCodes.Status200OK);
    }

    /// <summary>Stores the anti-forgery cookie and returns the request token the page sends back with each action.</summary>
    public AntiforgeryTokenResponse IssueToken(HttpContext context) =>
        new(ConsoleHttp.AntiforgeryHeader, antiforgery.GetAndStoreTokens(context).RequestToken!);

    /// <summary>Whether a POST carries a valid anti-forgery token (header and cookie).</summary>
    public Task<bool> IsActionValidAsync(HttpContext context) => antiforgery.IsRequestValidAsync(context);

    private static IReadOnlyList<ConsoleClaim>? Claims(string header)
    {
        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(header));
            return JsonSerializer.Deserialize(json, ConsoleJsonContext.Default.ClientPrincipal)?.Claims;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
