using System.Net;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Hosting.Console;

namespace PsFunctions.Hosting.Tests.Console;

/// <summary>
/// Who the console lets in: in Azure only a principal App Service injected that holds the configured role (none: 401,
/// another role: 403; a function key is no principal), locally only loopback; and actions need ASP.NET Core's anti-forgery
/// token (the real IAntiforgery, with its cookie).
/// </summary>
public sealed class ConsoleAccessTests
{
    private const string Role = "PsFunctions.Operator";

    [Fact]
    public void In_azure_a_request_without_a_signed_in_principal_is_401_even_with_a_function_key()
    {
        var context = Request(IPAddress.Loopback);
        context.Request.Headers["x-functions-key"] = "a-valid-looking-key";

        Assert.Equal((null, StatusCodes.Status401Unauthorized), Access(ConsoleAccessMode.AppService).Check(context));
    }

    [Fact]
    public void In_azure_a_principal_without_the_role_is_403_and_with_it_is_let_in_under_its_name()
    {
        var access = Access(ConsoleAccessMode.AppService);
        var other = Request(IPAddress.Parse("203.0.113.7"), Principal(("roles", "Someone.Else"), ("name", "Pat Staff")));
        var staff = Request(IPAddress.Parse("203.0.113.7"), Principal(("roles", Role), ("name", "Pat Staff")));
        var garbled = Request(IPAddress.Parse("203.0.113.7"));
        garbled.Request.Headers[ConsoleAccess.PrincipalHeader] = "not base64!";

        Assert.Equal((null, StatusCodes.Status403Forbidden), access.Check(other));
        Assert.Equal((new ConsolePrincipal("Pat Staff"), StatusCodes.Status200OK), access.Check(staff));
        Assert.Equal((null, StatusCodes.Status401Unauthorized), access.Check(garbled));
    }

    [Fact]
    public void Locally_only_loopback_requests_are_let_in()
    {
        var access = Access(ConsoleAccessMode.Loopback);

        Assert.Equal(StatusCodes.Status200OK, access.Check(Request(IPAddress.Loopback)).Status);
        Assert.Equal(StatusCodes.Status200OK, access.Check(Request(IPAddress.IPv6Loopback)).Status);
        Assert.Equal((null, StatusCodes.Status403Forbidden), access.Check(Request(IPAddress.Parse("192.0.2.10"))));
    }

    [Fact]
    public async Task An_action_needs_the_token_the_page_was_issued_with_its_cookie()
    {
        using var services = Services();
        var access = new ConsoleAccess(Options(ConsoleAccessMode.Loopback), services.GetRequiredService<IAntiforgery>());
        var page = Request(IPAddress.Loopback, services: services);
        var token = access.IssueToken(page);
        var cookie = page.Response.Headers.SetCookie.ToString().Split(';')[0];

        var forged = Post(services, cookie, header: null);
        var valid = Post(services, cookie, token.Token);

        Assert.Equal(ConsoleHttp.AntiforgeryHeader, token.HeaderName);
        Assert.False(await access.IsActionValidAsync(forged));
        Assert.True(await access.IsActionValidAsync(valid));
    }

    private static DefaultHttpContext Post(ServiceProvider services, string cookie, string? header)
    {
        var context = Request(IPAddress.Loopback, services: services);
        context.Request.Method = HttpMethods.Post;
        context.Request.Headers.Cookie = cookie;
        if (header is not null)
        {
            context.Request.Headers[ConsoleHttp.AntiforgeryHeader] = header;
        }

        return context;
    }

    private static ConsoleAccess Access(ConsoleAccessMode mode)
    {
        using var services = Services();
        return new ConsoleAccess(Options(mode), services.GetRequiredService<IAntiforgery>());
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAntiforgery(options => options.HeaderName = ConsoleHttp.AntiforgeryHeader);
        return services.BuildServiceProvider();
    }

    private static IOptions<ConsoleOptions> Options(ConsoleAccessMode mode) =>
        Microsoft.Extensions.Options.Options.Create(new ConsoleOptions { Access = mode, RequiredRole = Role });

    private static DefaultHttpContext Request(IPAddress address, string? principal = null, ServiceProvider? services = null)
    {
        var context = new DefaultHttpContext { RequestServices = services! };
        context.Connection.RemoteIpAddress = address;
        if (principal is not null)
        {
            context.Request.Headers[ConsoleAccess.PrincipalHeader] = principal;
        }

        return context;
    }

    // What App Service authentication injects: base64 of {"claims":[{"typ":..,"val":..}]}.
    private static string Principal(params (string Type, string Value)[] claims) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            "{\"auth_typ\":\"aad\",\"claims\":[" + string.Join(",", claims.Select(claim => $"{{\"typ\":\"{claim.Type}\",\"val\":\"{claim.Value}\"}}")) + "]}"));
}
