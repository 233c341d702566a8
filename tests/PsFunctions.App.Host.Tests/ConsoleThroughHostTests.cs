using System.Net;
using System.Text;

namespace PsFunctions.App.Host.Tests;

/// <summary>
/// The operations console through the real Functions host: a function key alone opens nothing (no App Service principal:
/// 401), a principal without the role is 403, one with it gets the embedded page and assets, and an action without the
/// anti-forgery token is refused with 400. In Azure the platform injects the principal and strips one a client sends.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ConsoleThroughHostTests(HostFixture fixture)
{
    private const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    [HostFact]
    public async Task A_function_key_alone_is_401_the_wrong_role_403_and_the_role_gets_the_embedded_page()
    {
        using var client = fixture.CreateClient();

        using var keyOnly = await client.GetAsync(new Uri($"api/console/?code={FunctionsHostLauncher.Key}", UriKind.Relative));
        using var otherRole = await client.SendAsync(Signed("api/console/", "Someone.Else"));
        using var page = await client.SendAsync(Signed("api/console/", "PsFunctions.Operator"));
        using var chart = await client.SendAsync(Signed("api/console/assets/chart.js", "PsFunctions.Operator"));

        Assert.Equal(HttpStatusCode.Unauthorized, keyOnly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherRole.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("PsFunctions operations console", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Contains("Chart", await chart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [HostFact]
    public async Task An_action_without_the_anti_forgery_token_is_refused_with_400()
    {
        using var client = fixture.CreateClient();
        using var request = Signed("api/console/api/rejections/replay", "PsFunctions.Operator");
        request.Method = HttpMethod.Post;
        request.Content = new StringContent("{\"submissionId\":\"100001\"}", Encoding.UTF8, "application/json");

        using var answer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    private static HttpRequestMessage Signed(string path, string role)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        var principal = $"{{\"auth_typ\":\"aad\",\"claims\":[{{\"typ\":\"roles\",\"val\":\"{role}\"}},{{\"typ\":\"name\",\"val\":\"Host Test\"}}]}}";
        request.Headers.Add(PrincipalHeader, Convert.ToBase64String(Encoding.UTF8.GetBytes(principal)));
        return request;
    }
}
