using System.Net;
using PowerSchool.Simulator.Enrollment.Auth;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class EnrollmentAuthTests
{
    [Fact]
    public async Task Connection_test_with_the_api_key_and_an_empty_password_is_healthy()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var body = await host.Client.GetNodeAsync("/api/v1/connection/test");

        Assert.Equal("Healthy", body["Status"]!.GetValue<string>());
        Assert.Equal("19.5.1.0", body["SoftwareVersion"]!.GetValue<string>());
        Assert.Contains("2026", body["DateTimeNow"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-key", "")]
    [InlineData(PsFunctions.Testing.SimulatorHost.DefaultEnrollmentApiKey, "not-empty")]
    [InlineData(null, "")]
    public async Task A_wrong_key_a_password_or_no_credentials_get_401_with_the_documented_message(string? apiKey, string password)
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        using var client = host.Create(apiKey, password);

        using var response = await client.GetAsync(new Uri("/api/v1/deliverytargets", UriKind.Relative));
        var body = await HttpJson.ReadAsync(response, HttpStatusCode.Unauthorized);

        Assert.Equal(ApiKeyFilter.Message, body["message"]!.GetValue<string>());
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task The_unauthorized_status_code_is_configurable_to_the_documented_500()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:UnauthorizedStatusCode", "500"));
        using var client = host.Create("wrong-key");

        using var response = await client.GetAsync(new Uri("/api/v1/connection/test", UriKind.Relative));
        var body = await HttpJson.ReadAsync(response, HttpStatusCode.InternalServerError);

        Assert.Equal(ApiKeyFilter.Message, body["message"]!.GetValue<string>());
        Assert.Empty(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task Healthz_at_the_api_root_needs_no_key()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        using var anonymous = host.Create(apiKey: null);

        var body = await anonymous.GetNodeAsync("/api/healthz");

        Assert.Equal("Healthy", body["Status"]!.GetValue<string>());
        Assert.Equal("8/3/2026 2:00:00 PM (Coordinated Universal Time)", body["DateTimeNow"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_v1_resource_refuses_a_request_without_the_key()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        using var anonymous = host.Create(apiKey: null);

        foreach (var path in new[] { "/api/v1/publishedactions", "/api/v1/checklists", "/api/v1/submissionrecords/100001", "/api/v1/documents/x" })
        {
            using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var post = await anonymous.PostAsync(new Uri($"/api/v1/deliverytargets/{PowerSchool.Simulator.Enrollment.EnrollmentOptions.DefaultDeliveryTargetId}/createbatch", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }
}
