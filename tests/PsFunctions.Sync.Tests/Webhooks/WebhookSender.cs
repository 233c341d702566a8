using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.Secrets;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>
/// Sends webhook deliveries, signed the way a sender signs them, to the <see cref="WebhookReceiver"/> of an engine
/// harness on the test's own storage: source "crm" is configured (every command, every updatable SIS field) with its
/// secrets in configuration, the one configured delivery target is <see cref="DeliveryTargetId"/>, and the engine's
/// clock is <see cref="Clock"/>. Every secret read goes through <see cref="Secrets"/>, which counts them.
/// </summary>
internal sealed class WebhookSender : IAsyncDisposable
{
    public const string Source = "crm";
    public const string CurrentSecret = "current-secret-4f1d9a";
    public const string PreviousSecret = "previous-secret-77b2c0";

    /// <summary>The target <see cref="Bodies.Poll"/> names, configured as <c>Sync:DeliveryTargets</c>.</summary>
    public const string DeliveryTargetId = "5b0d7c0e-3f5e-4d8a-9a51-7c3e2f1d9b64";

    private readonly EngineHarness _engine;

    public WebhookSender(
        AzuriteFixture azurite,
        bool withPreviousSecret = false,
        Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            [$"Secrets:webhook-{Source}-secret"] = CurrentSecret,
            [$"Webhooks:Sources:{Source}:Commands"] = string.Join(",", WebhookCommandTypes.All),
            [$"Webhooks:Sources:{Source}:StudentFields"] = string.Join(",", SisStudentFields.All.Where(field => field.Updatable).Select(field => field.Path)),
            ["Sync:DeliveryTargets"] = DeliveryTargetId,
        };
        if (withPreviousSecret)
        {
            all[$"Secrets:webhook-{Source}-secret-previous"] = PreviousSecret;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _engine = EngineHarness.Start(new TestStorage(azurite), new EngineSetup
        {
            Settings = all,
            Time = Clock,
            Services = collection =>
            {
                collection.Decorate<ISecretProvider>(inner => new CountingSecretProvider(inner));
                services?.Invoke(collection);
            },
        });
    }

    /// <summary>The engine's secret provider, which counts reads.</summary>
    public CountingSecretProvider Secrets => (CountingSecretProvider)_engine.Get<ISecretProvider>();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public WebhookReceiver Receiver => _engine.Get<WebhookReceiver>();

    /// <summary>The purge of the receiver's delivery-id table, on the same clock.</summary>
    public DeliveryIdPurge Purge => _engine.Get<DeliveryIdPurge>();

    public string Now => Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Headers of a delivery signed with <paramref name="secret"/> at <paramref name="timestamp"/> (default: now).</summary>
    public Dictionary<string, string> SignedHeaders(string body, string? secret = null, string? timestamp = null, string? deliveryId = null)
    {
        var time = timestamp ?? Now;
        return new Dictionary<string, string>
        {
            [WebhookHeaders.Timestamp] = time,
            [WebhookHeaders.Signature] = WebhookSignature.Compute(secret ?? CurrentSecret, time, Encoding.UTF8.GetBytes(body)),
            [WebhookHeaders.Delivery] = deliveryId ?? Guid.NewGuid().ToString(),
        };
    }

    public Task<WebhookResponse> SendAsync(
        string body, IReadOnlyDictionary<string, string>? headers = null, string? contentType = "application/json", string source = Source) =>
        Receiver.ReceiveAsync(source, new WebhookRequest(headers ?? SignedHeaders(body), new MemoryStream(Encoding.UTF8.GetBytes(body)), contentType));

    /// <summary>The messages waiting in this engine's webhook-commands queue (peeked, not removed).</summary>
    public Task<IReadOnlyList<string>> QueuedAsync() => _engine.Storage.PeekAsync(WorkQueues.WebhookCommands);

    /// <summary>The <c>error</c> code of a JSON answer.</summary>
    public static string ErrorOf(WebhookResponse response) =>
        System.Text.Json.JsonDocument.Parse(response.Body).RootElement.GetProperty("error").GetString()!;

    public ValueTask DisposeAsync() => _engine.DisposeAsync();
}
