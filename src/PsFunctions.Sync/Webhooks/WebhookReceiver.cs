using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Secrets;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Receives a signed webhook delivery for a source: checks the source, content type, size, signature
/// (current or previous secret), clock skew, delivery id, command schema and the command's delivery target
/// (one of <c>Sync:DeliveryTargets</c>), refuses replays, and enqueues
/// the command on <see cref="WorkQueues.WebhookCommands"/> before answering 202. A refusal is a 4xx JSON
/// error and enqueues nothing. Host-agnostic: a host maps its HTTP request to <see cref="WebhookRequest"/>.
/// </summary>
public sealed partial class WebhookReceiver(
    ISecretProvider secretProvider,
    IDeliveryIdStore deliveryIds,
    IWorkQueue queue,
    TimeProvider timeProvider,
    IOptions<WebhookOptions> options,
    IOptions<DeliveryTargetsOptions> deliveryTargets,
    ILogger<WebhookReceiver> logger)
{
    /// <summary>The largest queue message (UTF-8 bytes): 64 KiB of Storage queue message, base64-encoded.</summary>
    public const int MaxMessageBytes = 48 * 1024;

    private static readonly RejectionReason UnknownDeliveryTarget = new(
        "deliveryTargetId", "is not a delivery target of this deployment", "one of the ids configured in Sync:DeliveryTargets");

    private readonly WebhookSecrets _secrets = new(secretProvider);

    public async Task<WebhookResponse> ReceiveAsync(string source, WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        var secrets = SourcePattern().IsMatch(source) ? await _secrets.GetAsync(source, cancellationToken) : null;
        if (secrets is null)
        {
            return Refuse("(unknown)", 404, "unknown_source", "No webhook source of this name is configured.");
        }

        if (!IsJson(request.ContentType))
        {
            return Refuse(source, 415, "unsupported_media_type", "The body must be JSON: Content-Type application/json (UTF-8).");
        }

        var max = options.Value.MaxBodyBytes;
        var declared = request.Header(WebhookHeaders.ContentLength);
        var body = declared is not null && long.TryParse(declared, CultureInfo.InvariantCulture, out var length) && length > max
            ? null
            : await WebhookBodyReader.ReadAsync(request.Body, max, cancellationToken);
        if (body is null)
        {
            return Refuse(source, 413, "payload_too_large", $"The body is larger than {max} bytes.");
        }

        var (refusal, deliveryId, signature) = Authenticate(source, request, body, secrets);
        return refusal ?? await AcceptAsync(source, deliveryId!, signature!, body, cancellationToken);
    }

    private (WebhookResponse? Refusal, string? DeliveryId, byte[]? Signature) Authenticate(
        string source, WebhookRequest request, byte[] body, IReadOnlyList<string> secrets)
    {
        var signature = WebhookSignature.Parse(request.Header(WebhookHeaders.Signature));
        if (signature is null)
        {
            return (Refuse(source, 401, "missing_signature", $"{WebhookHeaders.Signature} must be sha256=<64 hex digits>."), null, null);
        }

        var timestamp = request.Header(WebhookHeaders.Timestamp);
        if (timestamp is null || !TimestampPattern().IsMatch(timestamp))
        {
            return (Refuse(source, 400, "bad_timestamp", $"{WebhookHeaders.Timestamp} must be the signing time in Unix seconds."), null, null);
        }

        if (!secrets.Any(secret => WebhookSignature.Matches(signature, secret, timestamp, body)))
        {
            return (Refuse(source, 401, "bad_signature", "The signature does not match the body and timestamp under the source's secret."), null, null);
        }

        var skew = Math.Abs(timeProvider.GetUtcNow().ToUnixTimeSeconds() - long.Parse(timestamp, CultureInfo.InvariantCulture));
        if (skew > WebhookOptions.MaxClockSkew.TotalSeconds)
        {
            return (Refuse(source, 400, "stale_timestamp", "The timestamp is more than 5 minutes away from this server's clock; sign again with the current time."), null, null);
        }

        var deliveryId = request.Header(WebhookHeaders.Delivery);
        if (deliveryId is null || !DeliveryIdPattern().IsMatch(deliveryId))
        {
            return (Refuse(source, 400, "bad_delivery_id", $"{WebhookHeaders.Delivery} must be 1 to 128 letters, digits, '.', '_', ':' or '-'."), null, null);
        }

        return (null, deliveryId, signature);
    }

    private async Task<WebhookResponse> AcceptAsync(string source, string deliveryId, byte[] signature, byte[] body, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var envelope = new EnrollmentPollCommand(Guid.CreateVersion7(now).ToString(), source, deliveryId, now, string.Empty);
        var (command, errors) = WebhookCommandParser.Parse(body, envelope);
        if (command is null)
        {
            return Refuse(source, 400, "invalid_command", "The body does not match the command schema (see errors).", errors);
        }

        // Checked before the delivery id is recorded: like a schema refusal, this one leaves the id unused.
        if (command is EnrollmentPollCommand poll && !deliveryTargets.Value.Ids.Contains(poll.DeliveryTargetId, StringComparer.Ordinal))
        {
            return Refuse(source, 422, "unknown_delivery_target", "The command names a delivery target this deployment does not poll (see errors).", [UnknownDeliveryTarget]);
        }

        // The signature is recorded too: a captured request re-sent under a new delivery id is still a replay.
        if (!await deliveryIds.TryRecordAsync(source, deliveryId, now, cancellationToken)
            || !await deliveryIds.TryRecordAsync(source, "sha256-" + Convert.ToHexStringLower(signature), now, cancellationToken))
        {
            return Refuse(source, 409, "replayed_delivery", "This delivery (its id or its signed body) was received before.");
        }

        var message = WebhookCommandSerializer.Serialize(command);
        if (Encoding.UTF8.GetByteCount(message) > MaxMessageBytes)
        {
            return Refuse(source, 413, "payload_too_large", $"The command is larger than a queue message ({MaxMessageBytes} bytes).");
        }

        return await EnqueueAsync(command, message, cancellationToken);
    }

    private async Task<WebhookResponse> EnqueueAsync(WebhookCommand command, string message, CancellationToken cancellationToken)
    {
        try
        {
            await queue.EnqueueAsync(WorkQueues.WebhookCommands, message, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not accepted, so not lost: the sender is told to send again. Its delivery id is spent, so it
            // signs again with a new timestamp and delivery id.
            WebhookLog.EnqueueFailed(logger, exception, command.Source, command.DeliveryId);
            return Answer(503, new WebhookAnswer(Error: "queue_unavailable", Message: "The command was not accepted; send it again with a new delivery id and timestamp."));
        }

        var type = command is StudentUpdateCommand ? WebhookCommandTypes.StudentUpdate : WebhookCommandTypes.EnrollmentPoll;
        WebhookLog.Accepted(logger, command.Source, command.DeliveryId, command.CommandId, type);
        return Answer(202, new WebhookAnswer(Id: command.CommandId, Status: "accepted"));
    }

    private WebhookResponse Refuse(string source, int status, string error, string message, IReadOnlyList<RejectionReason>? errors = null)
    {
        WebhookLog.Refused(logger, source, status, error);
        return Answer(status, new WebhookAnswer(Error: error, Message: message, Errors: errors));
    }

    private static WebhookResponse Answer(int status, WebhookAnswer answer) => new(status, WebhookCommandSerializer.Serialize(answer));

    private static bool IsJson(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType is not { } type)
        {
            return false;
        }

        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        return json && (media.CharSet is null || media.CharSet.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex SourcePattern();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex TimestampPattern();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex DeliveryIdPattern();
}
