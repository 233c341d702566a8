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
/// Receives a signed webhook delivery for a source: checks that the source is configured
/// (<see cref="WebhookOptions.Sources"/>), the content type, size and the format of the signature, timestamp and
/// delivery id headers before any secret is read; then the signature (current or previous secret), clock skew,
/// command schema, the source's allowlist of commands and fields, and the command's delivery target (one of
/// <c>Sync:DeliveryTargets</c>); refuses replays, and enqueues the command on <see cref="WorkQueues.WebhookCommands"/>
/// before answering 202. A refusal is a 4xx JSON error and enqueues nothing. Host-agnostic: a host maps its HTTP
/// request to <see cref="WebhookRequest"/>, and asks <see cref="RateLimited"/> for the answer when its rate limiter
/// refuses one.
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

    // Logged in place of a name that is not a configured source: senders choose route names, logs show only ours.
    private const string UnknownSourceName = "(unknown)";

    private readonly WebhookSecrets _secrets = new(secretProvider);

    public async Task<WebhookResponse> ReceiveAsync(string source, WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        // Known by configuration, not by the vault: a made-up name costs no secret read.
        if (options.Value.FindSource(source) is not { } allowed)
        {
            return UnknownSource();
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

        var headers = CheckHeaders(source, request);
        if (headers.Refusal is { } refusal)
        {
            return refusal;
        }

        return await AuthenticateAsync(source, headers, body, cancellationToken)
            ?? await AcceptAsync(source, allowed, headers.DeliveryId!, headers.Signature!, body, cancellationToken);
    }

    /// <summary>
    /// The answer when a host's rate limiter refuses a request for <paramref name="source"/>: 429, and the refusal
    /// logged like the others (under the source's name only when it is a configured source).
    /// </summary>
    public WebhookResponse RateLimited(string? source, TimeSpan? retryAfter)
    {
        var known = source is not null && options.Value.FindSource(source) is not null;
        var wait = retryAfter is { } after ? $" Retry after {Math.Ceiling(after.TotalSeconds).ToString(CultureInfo.InvariantCulture)} seconds." : string.Empty;
        return Refuse(known ? source! : UnknownSourceName, 429, "rate_limited", "Too many requests from this source." + wait);
    }

    // Format checks only, before any secret is read: a malformed request costs no vault call.
    private SignedHeaders CheckHeaders(string source, WebhookRequest request)
    {
        var signature = WebhookSignature.Parse(request.Header(WebhookHeaders.Signature));
        if (signature is null)
        {
            return new(Refuse(source, 401, "missing_signature", $"{WebhookHeaders.Signature} must be sha256=<64 hex digits>."));
        }

        var timestamp = request.Header(WebhookHeaders.Timestamp);
        if (timestamp is null || !TimestampPattern().IsMatch(timestamp))
        {
            return new(Refuse(source, 400, "bad_timestamp", $"{WebhookHeaders.Timestamp} must be the signing time in Unix seconds."));
        }

        var deliveryId = request.Header(WebhookHeaders.Delivery);
        if (deliveryId is null || !DeliveryIdPattern().IsMatch(deliveryId))
        {
            return new(Refuse(source, 400, "bad_delivery_id", $"{WebhookHeaders.Delivery} must be 1 to 128 letters, digits, '.', '_', ':' or '-'."));
        }

        return new(null, signature, timestamp, deliveryId);
    }

    private async Task<WebhookResponse?> AuthenticateAsync(string source, SignedHeaders headers, byte[] body, CancellationToken cancellationToken)
    {
        var secrets = await _secrets.GetAsync(source, cancellationToken);
        if (secrets is null)
        {
            // Configured, but its secret is missing: the operator must know; the sender learns no more than for any unknown name.
            WebhookLog.SecretMissing(logger, source, WebhookSecrets.CurrentName(source));
            return UnknownSource();
        }

        if (!secrets.Any(secret => WebhookSignature.Matches(headers.Signature!, secret, headers.Timestamp!, body)))
        {
            return Refuse(source, 401, "bad_signature", "The signature does not match the body and timestamp under the source's secret.");
        }

        var skew = Math.Abs(timeProvider.GetUtcNow().ToUnixTimeSeconds() - long.Parse(headers.Timestamp!, CultureInfo.InvariantCulture));
        return skew > WebhookOptions.MaxClockSkew.TotalSeconds
            ? Refuse(source, 400, "stale_timestamp", "The timestamp is more than 5 minutes away from this server's clock; sign again with the current time.")
            : null;
    }

    private async Task<WebhookResponse> AcceptAsync(
        string source, WebhookSourceOptions allowed, string deliveryId, byte[] signature, byte[] body, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var envelope = new EnrollmentPollCommand(Guid.CreateVersion7(now).ToString(), source, deliveryId, now, string.Empty);
        var (command, errors) = WebhookCommandParser.Parse(body, envelope);
        if (command is null)
        {
            return Refuse(source, 400, "invalid_command", "The body does not match the command schema (see errors).", errors);
        }

        // Like a schema refusal, an allowlist refusal leaves the delivery id unused.
        if (WebhookAllowlist.Check(source, allowed, command) is { } refused)
        {
            var explanation = refused.Error == WebhookAllowlist.CommandNotAllowed
                ? "This source may not send this command (see errors)."
                : "The command changes fields this source may not update (see errors).";
            return Refuse(source, 403, refused.Error, explanation, refused.Reasons);
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

    private WebhookResponse UnknownSource() => Refuse(UnknownSourceName, 404, "unknown_source", "No webhook source of this name is configured.");

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

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex TimestampPattern();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex DeliveryIdPattern();

    /// <summary>The signed headers of a request, well formed, or the refusal of the first that is not.</summary>
    private sealed record SignedHeaders(WebhookResponse? Refusal, byte[]? Signature = null, string? Timestamp = null, string? DeliveryId = null);
}
