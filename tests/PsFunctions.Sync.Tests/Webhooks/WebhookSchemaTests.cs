using System.Text.Json;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

public sealed class WebhookSchemaTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncDisposable
{
    private readonly WebhookSender _webhooks = new(azurite);

    public ValueTask DisposeAsync() => _webhooks.DisposeAsync();

    [Fact]
    public async Task Student_update_is_enqueued_with_its_identifier_and_fields()
    {
        var response = await _webhooks.SendAsync(Bodies.Update);

        Assert.Equal(202, response.StatusCode);
        var message = Assert.Single(await _webhooks.QueuedAsync());
        var command = Assert.IsType<StudentUpdateCommand>(WebhookCommandSerializer.Deserialize(message));
        Assert.Equal(new StudentIdentifier(StudentNumber: "112036"), command.Student);
        Assert.Equal("Zoë", command.Fields["name.first_name"]);
        Assert.Equal(3, command.Fields.Count);
        Assert.StartsWith("""{"type":"student.update",""", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"student.update","student":{"dcid":5011},"fields":{"name.last_name":"O'Connor-Núñez"}}""")]
    [InlineData("""{"type":"student.update","student":{"stateId":"IL-99887766"},"fields":{"contact.doctor_name":"Dr. Who","contact.doctor_phone":"217-555-0100"}}""")]
    public async Task Student_update_accepts_each_identifier_kind(string body) =>
        Assert.Equal(202, (await _webhooks.SendAsync(body)).StatusCode);

    [Theory]
    [InlineData("""[]""", "body")]
    [InlineData("""{"deliveryTargetId":"t1"}""", "type")]
    [InlineData("""{"type":"student.delete","student":{"dcid":1}}""", "type")]
    [InlineData("""{"type":"enrollment.poll"}""", "deliveryTargetId")]
    [InlineData("""{"type":"enrollment.poll","deliveryTargetId":"../../etc"}""", "deliveryTargetId")]
    [InlineData("""{"type":"enrollment.poll","deliveryTargetId":"t1","force":true}""", "force")]
    [InlineData("""{"type":"enrollment.poll","deliveryTargetId":"t1","deliveryTargetId":"t2"}""", "body")]
    [InlineData("""{"type":"student.update","fields":{"name.first_name":"A"}}""", "student")]
    [InlineData("""{"type":"student.update","student":{"dcid":1,"studentNumber":"2"},"fields":{"name.first_name":"A"}}""", "student")]
    [InlineData("""{"type":"student.update","student":{"dcid":-4},"fields":{"name.first_name":"A"}}""", "student")]
    [InlineData("""{"type":"student.update","student":{"email":"a@b.c"},"fields":{"name.first_name":"A"}}""", "student.email")]
    [InlineData("""{"type":"student.update","student":{"dcid":1}}""", "fields")]
    [InlineData("""{"type":"student.update","student":{"dcid":1},"fields":{}}""", "fields")]
    [InlineData("""{"type":"student.update","student":{"dcid":1},"fields":{"name.first_name":7}}""", "fields.name.first_name")]
    [InlineData("""{"type":"student.update","student":{"dcid":1},"fields":{"name.nickname":"Al"}}""", "fields.name.nickname")]
    [InlineData("""{"type":"student.update","student":{"dcid":1},"fields":{"school_enrollment.grade_level":"3"}}""", "fields.school_enrollment.grade_level")]
    [InlineData("""{"type":"student.update","student":{"dcid":1},"fields":{"demographics.gender":"Q"}}""", "fields.demographics.gender")]
    [InlineData("""{"type":"student.update","student":{"dcid":1},"fields":{"contact.emergency_phone1":"217-555-0100"}}""", "fields.contact.emergency_contact_name1")]
    public async Task Body_that_breaks_the_command_schema_is_refused_with_400_naming_the_field(string body, string field)
    {
        var response = await _webhooks.SendAsync(body);

        Assert.Equal(400, response.StatusCode);
        var answer = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal("invalid_command", answer.GetProperty("error").GetString());
        Assert.Contains(field, answer.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("field").GetString()));
        Assert.Empty(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task Overlong_value_is_refused_with_its_length_and_not_echoed()
    {
        var name = new string('Q', 51);
        var body = $$$"""{"type":"student.update","student":{"dcid":1},"fields":{"name.first_name":"{{{name}}}"}}""";

        var response = await _webhooks.SendAsync(body);

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("is 51 characters long", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(name, response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"type\":")]
    public async Task Body_that_is_not_JSON_is_refused_with_400(string body)
    {
        var response = await _webhooks.SendAsync(body);

        Assert.Equal(400, response.StatusCode);
        Assert.Empty(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task Enrollment_poll_of_a_target_not_configured_is_refused_with_422_naming_the_field_and_enqueues_nothing()
    {
        var response = await _webhooks.SendAsync(Bodies.PollOfOtherTarget);

        Assert.Equal(422, response.StatusCode);
        using var answer = JsonDocument.Parse(response.Body);
        Assert.Equal("unknown_delivery_target", answer.RootElement.GetProperty("error").GetString());
        var error = Assert.Single(answer.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("deliveryTargetId", error.GetProperty("field").GetString());
        Assert.Contains("Sync:DeliveryTargets", error.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("9a8b7c6d", response.Body, StringComparison.Ordinal);
        Assert.Empty(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task Delivery_id_of_a_poll_refused_for_its_target_can_be_used_for_the_corrected_one()
    {
        await _webhooks.SendAsync(Bodies.PollOfOtherTarget, _webhooks.SignedHeaders(Bodies.PollOfOtherTarget, deliveryId: "d-target"));

        var accepted = await _webhooks.SendAsync(Bodies.Poll, _webhooks.SignedHeaders(Bodies.Poll, deliveryId: "d-target"));

        Assert.Equal(202, accepted.StatusCode);
        Assert.Single(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task Target_ids_are_matched_exactly_not_ignoring_case()
    {
        var body = Bodies.Poll.Replace("5b0d7c0e", "5B0D7C0E", StringComparison.Ordinal);

        Assert.Equal(422, (await _webhooks.SendAsync(body)).StatusCode);
    }
}
