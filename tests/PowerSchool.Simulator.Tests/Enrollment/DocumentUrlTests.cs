using System.Net;
using System.Text;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class DocumentUrlTests
{
    [Fact]
    public async Task A_document_url_is_a_json_string_that_downloads_without_the_api_key()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var objectId = await FirstDocumentAsync(host);

        var url = await DocumentUrlAsync(host, objectId);
        using var download = await host.Admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("sig=", url.Query, StringComparison.Ordinal);
        Assert.Contains("se=", url.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_works_until_its_lifetime_passes_and_is_403_after()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:DocumentUrlLifetime", "00:02:00"));
        var url = await DocumentUrlAsync(host, await FirstDocumentAsync(host));

        host.Clock.Advance(TimeSpan.FromSeconds(119));
        using var before = await host.Admin.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        using var after = await host.Admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Contains("AuthenticationFailed", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zero_lifetime_gives_urls_that_are_already_expired()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:DocumentUrlLifetime", "00:00:00"));
        var url = await DocumentUrlAsync(host, await FirstDocumentAsync(host));

        using var download = await host.Admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
    }

    [Fact]
    public async Task Tampering_with_the_signature_the_expiry_or_the_object_is_403()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var documents = await host.Admin.GetNodeAsync("/_sim/enrollment/submissions/100001");
        var objectId = documents["documents"]![0]!["objectId"]!.GetValue<string>();
        var otherId = documents["documents"]![1]!["objectId"]!.GetValue<string>();
        var url = (await DocumentUrlAsync(host, objectId)).ToString();
        var signature = url[(url.IndexOf("sig=", StringComparison.Ordinal) + 4)..];
        var flipped = (signature[0] == 'A' ? "B" : "A") + signature[1..];

        var tampered = new[]
        {
            url.Replace("sig=" + signature, "sig=" + flipped, StringComparison.Ordinal),
            url.Replace("se=2026-08-03T14%3A05", "se=2027-08-03T14%3A05", StringComparison.Ordinal),
            url.Replace(objectId, otherId, StringComparison.Ordinal),
            url[..url.IndexOf('?', StringComparison.Ordinal)],
        };

        Assert.NotEqual(url, tampered[1]);
        foreach (var attempt in tampered)
        {
            using var response = await host.Admin.GetAsync(new Uri(attempt));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_document_is_404_with_a_message()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var error = await host.Client.GetNodeAsync("/api/v1/documents/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound);

        Assert.Equal("Document not found.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_url_with_a_file_name_downloads_under_that_name_and_its_content_type()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var objectId = await FirstDocumentAsync(host);
        var file = Convert.ToBase64String(Encoding.UTF8.GetBytes("scan.png"));
        var uid = Convert.ToBase64String(Encoding.UTF8.GetBytes(objectId));

        var url = new Uri((await host.Client.GetNodeAsync($"/api/v1/documents/document/url?file={Uri.EscapeDataString(file)}&providerDocUID={Uri.EscapeDataString(uid)}")).GetValue<string>());
        using var download = await host.Admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("scan.png", download.Content.Headers.ContentDisposition!.FileName);
    }

    internal static async Task<string> FirstDocumentAsync(EnrollmentTestHost host)
    {
        var submission = await host.Admin.GetNodeAsync("/_sim/enrollment/submissions/100001");
        return submission["documents"]![0]!["objectId"]!.GetValue<string>();
    }

    internal static async Task<Uri> DocumentUrlAsync(EnrollmentTestHost host, string objectId) =>
        new((await host.Client.GetNodeAsync($"/api/v1/documents/{objectId}")).GetValue<string>());
}
