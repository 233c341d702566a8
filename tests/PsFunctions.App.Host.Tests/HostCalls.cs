using System.Globalization;
using System.Net;
using System.Text;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.App.Host.Tests;

/// <summary>Requests to the host as its callers make them: the admin API with the master key, webhooks signed as a sender signs them.</summary>
internal static class HostCalls
{
    /// <summary><c>POST /admin/functions/{name}</c>: runs a timer function now (the host answers 202 and runs it).</summary>
    public static async Task<HttpStatusCode> RunTimerAsync(HttpClient client, string function)
    {
        using var content = new StringContent("""{"input":""}""", Encoding.UTF8, "application/json");
        using var answer = await client.PostAsync(new Uri($"admin/functions/{function}?code={FunctionsHostLauncher.Key}", UriKind.Relative), content);
        return answer.StatusCode;
    }

    /// <summary><c>POST /api/webhooks/{source}</c> with <paramref name="body"/>, signed with <paramref name="secret"/> unless it is null.</summary>
    public static async Task<HttpStatusCode> PostWebhookAsync(HttpClient client, string source, string body, string deliveryId, string? secret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"api/webhooks/{source}", UriKind.Relative))
        {
            Content = new ByteArrayContent(bytes) { Headers = { { "Content-Type", "application/json" } } },
        };
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp);
        request.Headers.Add(WebhookHeaders.Delivery, deliveryId);
        if (secret is not null)
        {
            request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(secret, timestamp, bytes));
        }

        using var answer = await client.SendAsync(request);
        return answer.StatusCode;
    }

    /// <summary><c>GET /api/status</c>, with the function key or without.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> GetStatusAsync(HttpClient client, bool withKey)
    {
        using var answer = await client.GetAsync(new Uri(withKey ? $"api/status?code={FunctionsHostLauncher.Key}" : "api/status", UriKind.Relative));
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }
}
