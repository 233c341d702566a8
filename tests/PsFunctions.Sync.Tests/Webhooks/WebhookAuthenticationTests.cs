using System.Text.Json;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

public sealed class WebhookAuthenticationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncDisposable
{
    private readonly WebhookSender _webhooks = new(azurite);

    public ValueTask DisposeAsync() => _webhooks.DisposeAsync();

    private async Task AssertRefusedAsync(WebhookResponse response, int status, string error)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, WebhookSender.ErrorOf(response));
        Assert.Empty(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task Valid_signature_is_accepted_and_the_command_is_in_the_queue_when_202_is_answered()
    {
        var response = await _webhooks.SendAsync(Bodies.Poll);

        Assert.Equal(202, response.StatusCode);
        var id = JsonDocument.Parse(response.Body).RootElement.GetProperty("id").GetString();
        var command = Assert.IsType<EnrollmentPollCommand>(WebhookCommandSerializer.Deserialize(Assert.Single(await _webhooks.QueuedAsync())));
        Assert.Equal(id, command.CommandId);
        Assert.Equal("5b0d7c0e-3f5e-4d8a-9a51-7c3e2f1d9b64", command.DeliveryTargetId);
        Assert.Equal(WebhookSender.Source, command.Source);
        Assert.Equal(_webhooks.Clock.GetUtcNow(), command.ReceivedAt);
    }

    [Fact]
    public async Task Signature_with_a_wrong_secret_is_refused_with_401() =>
        await AssertRefusedAsync(await _webhooks.SendAsync(Bodies.Poll, _webhooks.SignedHeaders(Bodies.Poll, secret: "guessed")), 401, "bad_signature");

    [Fact]
    public async Task Body_changed_after_signing_is_refused_with_401()
    {
        var headers = _webhooks.SignedHeaders(Bodies.Poll);

        await AssertRefusedAsync(await _webhooks.SendAsync(Bodies.Poll.Replace("5b0d", "6b0d", StringComparison.Ordinal), headers), 401, "bad_signature");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("md5=abc")]
    [InlineData("sha256=zz")]
    public async Task Missing_or_malformed_signature_header_is_refused_with_401(string? signature)
    {
        var headers = _webhooks.SignedHeaders(Bodies.Poll);
        headers.Remove(WebhookHeaders.Signature);
        if (signature is not null)
        {
            headers[WebhookHeaders.Signature] = signature;
        }

        await AssertRefusedAsync(await _webhooks.SendAsync(Bodies.Poll, headers), 401, "missing_signature");
    }

    [Fact]
    public async Task Previous_secret_is_accepted_during_rotation()
    {
        await using var rotating = new WebhookSender(azurite, withPreviousSecret: true);

        var response = await rotating.SendAsync(Bodies.Poll, rotating.SignedHeaders(Bodies.Poll, secret: WebhookSender.PreviousSecret));

        Assert.Equal(202, response.StatusCode);
        Assert.Single(await rotating.QueuedAsync());
    }

    [Fact]
    public async Task Previous_secret_is_refused_once_rotation_is_over() =>
        await AssertRefusedAsync(
            await _webhooks.SendAsync(Bodies.Poll, _webhooks.SignedHeaders(Bodies.Poll, secret: WebhookSender.PreviousSecret)), 401, "bad_signature");

    [Fact]
    public async Task Header_names_are_matched_ignoring_case()
    {
        var headers = _webhooks.SignedHeaders(Bodies.Poll).ToDictionary(pair => pair.Key.ToLowerInvariant(), pair => pair.Value);

        Assert.Equal(202, (await _webhooks.SendAsync(Bodies.Poll, headers)).StatusCode);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task Timestamp_more_than_five_minutes_off_is_refused_with_400(int secondsFromNow)
    {
        var signedAt = _webhooks.Clock.GetUtcNow().AddSeconds(secondsFromNow).ToUnixTimeSeconds();
        var headers = _webhooks.SignedHeaders(Bodies.Poll, timestamp: signedAt.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await AssertRefusedAsync(await _webhooks.SendAsync(Bodies.Poll, headers), 400, "stale_timestamp");
    }

    [Fact]
    public async Task Timestamp_exactly_five_minutes_old_is_accepted()
    {
        var headers = _webhooks.SignedHeaders(Bodies.Poll);
        _webhooks.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(202, (await _webhooks.SendAsync(Bodies.Poll, headers)).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("yesterday")]
    [InlineData("1764072000.5")]
    public async Task Missing_or_non_numeric_timestamp_is_refused_with_400(string? timestamp)
    {
        var headers = _webhooks.SignedHeaders(Bodies.Poll, timestamp: timestamp ?? "0");
        if (timestamp is null)
        {
            headers.Remove(WebhookHeaders.Timestamp);
        }

        await AssertRefusedAsync(await _webhooks.SendAsync(Bodies.Poll, headers), 400, "bad_timestamp");
    }

    [Theory]
    [InlineData("billing")]
    [InlineData("../crm")]
    [InlineData("CRM")]
    public async Task Unknown_source_is_refused_with_404(string source) =>
        await AssertRefusedAsync(await _webhooks.SendAsync(Bodies.Poll, source: source), 404, "unknown_source");

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task Body_that_is_not_JSON_by_content_type_is_refused_with_415(string? contentType) =>
        await AssertRefusedAsync(await _webhooks.SendAsync(Bodies.Poll, contentType: contentType), 415, "unsupported_media_type");

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.psfunctions.command+json")]
    public async Task JSON_content_types_are_accepted(string contentType) =>
        Assert.Equal(202, (await _webhooks.SendAsync(Bodies.Poll, contentType: contentType)).StatusCode);
}
