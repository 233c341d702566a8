using System.Globalization;
using System.Text;
using PsFunctions.Bench.Harness;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Bench.Webhooks;

/// <summary>
/// Builds the campaign's requests. Request i of a kind varies its flaw with i (e.g. malformed: not JSON, an
/// unknown type, an unknown property, a wrong value type, an empty body), so every refusal path is crossed.
/// </summary>
internal sealed class BadWebhookFactory(TimeProvider time, int maxBodyBytes)
{
    private static readonly string[] MalformedBodies =
    [
        "{\"type\":\"enrollment.poll\",\"deliveryTargetId\":",
        "not json at all",
        "{\"type\":\"student.delete\",\"deliveryTargetId\":\"1001\"}",
        "{\"type\":\"enrollment.poll\",\"deliveryTargetId\":\"1001\",\"extra\":true}",
        "{\"type\":\"enrollment.poll\",\"deliveryTargetId\":1001}",
        "{\"type\":\"student.update\",\"student\":{},\"fields\":{}}",
        "[]",
        "",
    ];

    private readonly byte[] _oversize = Encoding.UTF8.GetBytes("{\"type\":\"enrollment.poll\",\"pad\":\"" + new string('x', maxBodyBytes + 1024) + "\"}");

    public static byte[] ValidBody => Encoding.UTF8.GetBytes($"{{\"type\":\"enrollment.poll\",\"deliveryTargetId\":\"{BenchEnvironment.DeliveryTargetId}\"}}");

    /// <summary>
    /// A correctly signed, fresh request with a new delivery id (the originals the replays copy). The body is the
    /// same for all, so each is signed i seconds earlier: the receiver would refuse a second identical signature.
    /// </summary>
    public SignedRequest Valid(int i) =>
        Sign(ValidBody, (time.GetUtcNow() - TimeSpan.FromSeconds(i)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), $"original-{i}");

    public WebhookRequest Create(WebhookCase kind, int i, IReadOnlyList<SignedRequest> originals) => kind switch
    {
        WebhookCase.Malformed => Sign(Encoding.UTF8.GetBytes(MalformedBodies[i % MalformedBodies.Length]), Now(), $"malformed-{i}").ToRequest(),
        WebhookCase.Unsigned => Unsigned(i),
        WebhookCase.Stale => Sign(ValidBody, (time.GetUtcNow() - TimeSpan.FromMinutes(10 + (i % 50))).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), $"stale-{i}").ToRequest(),
        WebhookCase.Replayed => Replay(originals[i % originals.Count], i),
        WebhookCase.Oversize => Oversize(i),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private WebhookRequest Unsigned(int i)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [WebhookHeaders.Timestamp] = Now(),
            [WebhookHeaders.Delivery] = $"unsigned-{i}",
        };
        // Half carry no signature, half a signature made with the wrong secret.
        if (i % 2 == 1)
        {
            headers[WebhookHeaders.Signature] = WebhookSignature.Compute("not-the-secret", headers[WebhookHeaders.Timestamp], ValidBody);
        }

        return new WebhookRequest(headers, new MemoryStream(ValidBody), "application/json");
    }

    // Even: the same delivery id and body again; odd: the captured signed body under a new delivery id.
    private static WebhookRequest Replay(SignedRequest original, int i) =>
        i % 2 == 0 ? original.ToRequest() : (original with { DeliveryId = $"replay-{i}" }).ToRequest();

    private WebhookRequest Oversize(int i)
    {
        var signed = Sign(_oversize, Now(), $"oversize-{i}");
        var request = signed.ToRequest();
        // Even: Content-Length announces the size (refused unread); odd: no length, so the size cap on reading decides.
        return i % 2 == 0
            ? request with { Headers = new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase) { [WebhookHeaders.ContentLength] = _oversize.Length.ToString(CultureInfo.InvariantCulture) } }
            : request;
    }

    private string Now() => time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static SignedRequest Sign(byte[] body, string timestamp, string deliveryId) =>
        new(body, timestamp, deliveryId, WebhookSignature.Compute(EngineServices.WebhookSecret, timestamp, body));
}
