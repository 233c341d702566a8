using System.Text.Json;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>
/// Sources exist by configuration (<c>Webhooks:Sources</c>), so a made-up name or a malformed request costs no secret
/// read; each source may send only its commands and, in a student.update, only its fields.
/// </summary>
public sealed class WebhookSourceTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncDisposable
{
    private const string Portal = "portal";
    private const string PortalSecret = "portal-secret-0c41e7";

    private const string MiddleNameUpdate = """
        {"type":"student.update","student":{"studentNumber":"112036"},"fields":{"name.middle_name":"Quinn"}}
        """;

    private readonly WebhookSender _webhooks = new(azurite, settings: new Dictionary<string, string?>
    {
        [$"Webhooks:Sources:{Portal}:Commands"] = WebhookCommandTypes.StudentUpdate,
        [$"Webhooks:Sources:{Portal}:StudentFields"] = "name.middle_name, contact.guardian_email",
        [$"Secrets:webhook-{Portal}-secret"] = PortalSecret,
        // A secret alone makes no source: "billing" is not configured.
        ["Secrets:webhook-billing-secret"] = "billing-secret-9d2f",
        // Configured, but its secret was never put in the vault.
        ["Webhooks:Sources:erp:Commands"] = WebhookCommandTypes.EnrollmentPoll,
    });

    public ValueTask DisposeAsync() => _webhooks.DisposeAsync();

    [Fact]
    public async Task An_unknown_source_is_refused_without_reading_any_secret_even_when_a_secret_of_its_name_exists()
    {
        var response = await _webhooks.SendAsync(Bodies.Poll, _webhooks.SignedHeaders(Bodies.Poll, secret: "billing-secret-9d2f"), source: "billing");

        Assert.Equal((404, "unknown_source"), (response.StatusCode, WebhookSender.ErrorOf(response)));
        Assert.Equal(0, _webhooks.Secrets.Total);
        Assert.Empty(await _webhooks.QueuedAsync());
    }

    [Theory]
    [InlineData(WebhookHeaders.Signature, "sha256=zz", "missing_signature")]
    [InlineData(WebhookHeaders.Signature, "md5=0123", "missing_signature")]
    [InlineData(WebhookHeaders.Timestamp, "yesterday", "bad_timestamp")]
    [InlineData(WebhookHeaders.Delivery, "id with spaces", "bad_delivery_id")]
    public async Task A_malformed_signed_header_is_refused_without_reading_any_secret(string header, string value, string error)
    {
        var headers = _webhooks.SignedHeaders(Bodies.Poll);
        headers[header] = value;

        var response = await _webhooks.SendAsync(Bodies.Poll, headers);

        Assert.Equal(error, WebhookSender.ErrorOf(response));
        Assert.Equal(0, _webhooks.Secrets.Total);
    }

    [Fact]
    public async Task A_well_formed_request_of_a_configured_source_reads_its_secrets()
    {
        var response = await _webhooks.SendAsync(Bodies.Poll, _webhooks.SignedHeaders(Bodies.Poll, secret: "guessed"));

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(1, _webhooks.Secrets.ReadsOf($"webhook-{WebhookSender.Source}-secret"));
        Assert.Equal(1, _webhooks.Secrets.ReadsOf($"webhook-{WebhookSender.Source}-secret-previous"));
    }

    [Fact]
    public async Task A_configured_source_whose_secret_is_missing_is_refused_as_unknown()
    {
        var response = await _webhooks.SendAsync(Bodies.Poll, source: "erp");

        Assert.Equal((404, "unknown_source"), (response.StatusCode, WebhookSender.ErrorOf(response)));
        Assert.Equal(1, _webhooks.Secrets.ReadsOf("webhook-erp-secret"));
    }

    [Fact]
    public async Task A_command_outside_the_sources_allowlist_is_refused_with_403_naming_the_command_and_the_setting()
    {
        var response = await SendAsPortalAsync(Bodies.Poll);

        Assert.Equal((403, "command_not_allowed"), (response.StatusCode, WebhookSender.ErrorOf(response)));
        var error = Assert.Single(Errors(response));
        Assert.Equal("type", error.GetProperty("field").GetString());
        Assert.Contains("enrollment.poll", error.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal($"one of the commands in Webhooks:Sources:{Portal}:Commands (student.update)", error.GetProperty("rule").GetString());
        Assert.Empty(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task A_student_update_of_fields_outside_the_allowlist_is_refused_with_403_naming_each_field()
    {
        var response = await SendAsPortalAsync(Bodies.Update);

        Assert.Equal((403, "field_not_allowed"), (response.StatusCode, WebhookSender.ErrorOf(response)));
        var errors = Errors(response);
        Assert.Equal(["fields.name.first_name", "fields.phones.main.number"], errors.Select(error => error.GetProperty("field").GetString()));
        Assert.All(errors, error => Assert.Equal($"one of the fields in Webhooks:Sources:{Portal}:StudentFields", error.GetProperty("rule").GetString()));
        Assert.Empty(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task A_refusal_by_the_allowlist_leaves_the_delivery_id_unused()
    {
        var refused = await SendAsPortalAsync(Bodies.Update, deliveryId: "d-allow-1");
        var accepted = await SendAsPortalAsync(MiddleNameUpdate, deliveryId: "d-allow-1");

        Assert.Equal((403, 202), (refused.StatusCode, accepted.StatusCode));
        var command = Assert.IsType<StudentUpdateCommand>(WebhookCommandSerializer.Deserialize(Assert.Single(await _webhooks.QueuedAsync())));
        Assert.Equal((Portal, "Quinn"), (command.Source, command.Fields["name.middle_name"]));
    }

    private Task<WebhookResponse> SendAsPortalAsync(string body, string? deliveryId = null) =>
        _webhooks.SendAsync(body, _webhooks.SignedHeaders(body, secret: PortalSecret, deliveryId: deliveryId), source: Portal);

    private static List<JsonElement> Errors(WebhookResponse response) =>
        [.. JsonDocument.Parse(response.Body).RootElement.GetProperty("errors").EnumerateArray()];
}
