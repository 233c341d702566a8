using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using PsFunctions.Local.Cli;
using PsFunctions.Local.Hosting;
using PsFunctions.Sync.Hashing;
using PsFunctions.Testing;

namespace PsFunctions.Local.Tests;

/// <summary>
/// The local runner's webhook route behind ASP.NET Core's rate limiter, over real HTTP: each source has its own
/// window, every unknown name shares one, and a request over its limit gets 429 before the receiver sees it. The
/// windows are an hour long, so no request of the test can fall into a fresh one.
/// </summary>
public sealed class WebhookRateLimitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const int Permits = 3;

    [Fact]
    public async Task A_source_over_its_limit_gets_429_while_other_sources_are_still_served()
    {
        await using var app = LocalHost.Build(new LocalArguments { Once = true }, Settings());
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var crm = await PostAsync(http, "crm", Permits + 1);
        var erp = await PostAsync(http, "erp", 1);

        // Unsigned: the receiver answers 401 to every request the limiter lets through.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, Permits), HttpStatusCode.TooManyRequests], crm.Select(answer => answer.Status));
        Assert.Equal([HttpStatusCode.Unauthorized], erp.Select(answer => answer.Status));
        var refused = crm[^1];
        Assert.Equal("rate_limited", JsonDocument.Parse(refused.Body).RootElement.GetProperty("error").GetString());
        Assert.NotNull(refused.RetryAfter);
        Assert.InRange(refused.RetryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        await app.StopAsync();
    }

    [Fact]
    public async Task Names_that_are_not_sources_share_one_limit_that_configured_sources_do_not_count_against()
    {
        await using var app = LocalHost.Build(new LocalArguments { Once = true }, Settings());
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var first = await PostAsync(http, "made-up-1", 2);
        var second = await PostAsync(http, "made-up-2", 1);
        var crm = await PostAsync(http, "crm", 1);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], first.Select(answer => answer.Status));
        Assert.Equal([HttpStatusCode.TooManyRequests], second.Select(answer => answer.Status));
        Assert.Equal([HttpStatusCode.Unauthorized], crm.Select(answer => answer.Status));
        await app.StopAsync();
    }

    private sealed record Answer(HttpStatusCode Status, string Body, TimeSpan? RetryAfter);

    private static async Task<List<Answer>> PostAsync(HttpClient http, string source, int count)
    {
        var answers = new List<Answer>();
        for (var i = 0; i < count; i++)
        {
            using var content = new StringContent("""{"type":"enrollment.poll","deliveryTargetId":"target-1"}""", Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri($"api/webhooks/{source}", UriKind.Relative), content);
            answers.Add(new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.Delta));
        }

        return answers;
    }

    // The product's required settings (PowerSchool is never called: no request here passes the signature check).
    private Dictionary<string, string?> Settings() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["PsStorage"] = azurite.ConnectionString,
        ["PowerSchool:Sis:BaseUrl"] = "http://127.0.0.1:9/",
        ["PowerSchool:Enrollment:BaseUrl"] = "http://127.0.0.1:9/",
        ["Secrets:powerschool-sis-client-id"] = "rate-limit-tests-client",
        ["Secrets:powerschool-sis-client-secret"] = "rate-limit-tests-secret",
        ["Secrets:powerschool-enrollment-api-key"] = "rate-limit-tests-key",
        [$"Secrets:{IdentityHashKey.SecretName}"] = TestHashKey.Value,
        ["Sync:DeliveryTargets"] = "target-1",
        ["Events:LocalSinkPath"] = Path.Combine(Directory.CreateTempSubdirectory("rate-limit-tests-").FullName, "events.jsonl"),
        ["Webhooks:UnknownSourcePermitLimit"] = "2",
        ["Webhooks:Sources:crm:Commands"] = "enrollment.poll",
        ["Webhooks:Sources:crm:PermitLimit"] = Permits.ToString(CultureInfo.InvariantCulture),
        ["Webhooks:Sources:crm:Window"] = "01:00:00",
        ["Secrets:webhook-crm-secret"] = "rate-limit-tests-crm",
        ["Webhooks:Sources:erp:Commands"] = "enrollment.poll",
        ["Webhooks:Sources:erp:PermitLimit"] = Permits.ToString(CultureInfo.InvariantCulture),
        ["Webhooks:Sources:erp:Window"] = "01:00:00",
        ["Secrets:webhook-erp-secret"] = "rate-limit-tests-erp",
    };
}
