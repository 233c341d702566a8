using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.Secrets;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>
/// A <see cref="WebhookReceiver"/> on real peers: the Azurite-backed work queue and delivery-id table, and
/// secrets from configuration (source "crm"); the one configured delivery target is <see cref="DeliveryTargetId"/>.
/// Builds signed requests the way a sender does.
/// </summary>
internal sealed class WebhookBench
{
    public const string Source = "crm";
    public const string CurrentSecret = "current-secret-4f1d9a";
    public const string PreviousSecret = "previous-secret-77b2c0";

    /// <summary>The target <see cref="Bodies.Poll"/> names, configured as <c>Sync:DeliveryTargets</c>.</summary>
    public const string DeliveryTargetId = "5b0d7c0e-3f5e-4d8a-9a51-7c3e2f1d9b64";

    private readonly string _connectionString;

    public WebhookBench(string connectionString, bool withPreviousSecret = false, QueueServiceClient? queueService = null)
    {
        _connectionString = connectionString;
        var secrets = new Dictionary<string, string?> { [$"Secrets:webhook-{Source}-secret"] = CurrentSecret };
        if (withPreviousSecret)
        {
            secrets[$"Secrets:webhook-{Source}-secret-previous"] = PreviousSecret;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(secrets).Build();
        var deliveryIds = new TableDeliveryIdStore(new TableClient(connectionString, Testing.AzuriteFixture.UniqueName("hooks")));
        Receiver = new WebhookReceiver(
            new ConfigurationSecretProvider(configuration),
            deliveryIds,
            new StorageWorkQueue(new StorageQueues(queueService ?? QueueService(connectionString))),
            Clock,
            Options.Create(new WebhookOptions()),
            Options.Create(new DeliveryTargetsOptions { DeliveryTargets = DeliveryTargetId }),
            NullLogger<WebhookReceiver>.Instance);
        Purge = new DeliveryIdPurge(deliveryIds, Clock, NullLogger<DeliveryIdPurge>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public WebhookReceiver Receiver { get; }

    /// <summary>The purge of the receiver's delivery-id table, on the same clock.</summary>
    public DeliveryIdPurge Purge { get; }

    public QueueClient Queue => QueueService(_connectionString).GetQueueClient(WorkQueues.WebhookCommands);

    public static QueueServiceClient QueueService(string connectionString) =>
        new(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

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

    /// <summary>The messages waiting in the webhook-commands queue (peeked, not removed).</summary>
    public async Task<IReadOnlyList<string>> QueuedAsync()
    {
        if (!(await Queue.ExistsAsync()).Value)
        {
            return [];
        }

        var peeked = await Queue.PeekMessagesAsync(maxMessages: 32);
        return [.. peeked.Value.Select(message => message.Body.ToString())];
    }

    /// <summary>The <c>error</c> code of a JSON answer.</summary>
    public static string ErrorOf(WebhookResponse response) =>
        System.Text.Json.JsonDocument.Parse(response.Body).RootElement.GetProperty("error").GetString()!;

    public async Task ClearQueueAsync()
    {
        await Queue.CreateIfNotExistsAsync();
        await Queue.ClearMessagesAsync();
    }
}
