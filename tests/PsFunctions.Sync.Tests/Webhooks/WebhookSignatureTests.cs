using System.Text;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Sync.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    // The worked example of docs/webhooks.md, computed there with openssl.
    private const string ExampleBody = """{"type":"enrollment.poll","deliveryTargetId":"5b0d7c0e-3f5e-4d8a-9a51-7c3e2f1d9b64"}""";
    private const string ExampleSignature = "sha256=e88e8f937f2635b9e21558a277ab9f4adf46cf6f93a256a590d633744203ab6e";

    [Fact]
    public void Signature_matches_the_documented_openssl_example() =>
        Assert.Equal(ExampleSignature, WebhookSignature.Compute("current-secret-4f1d9a", "1764072000", Encoding.UTF8.GetBytes(ExampleBody)));

    [Fact]
    public void Signature_covers_the_timestamp() =>
        Assert.NotEqual(ExampleSignature, WebhookSignature.Compute("current-secret-4f1d9a", "1764072001", Encoding.UTF8.GetBytes(ExampleBody)));

    [Fact]
    public void Upper_case_hex_in_the_header_is_read_too()
    {
        var digest = WebhookSignature.Parse("sha256=" + ExampleSignature["sha256=".Length..].ToUpperInvariant());

        Assert.NotNull(digest);
        Assert.True(WebhookSignature.Matches(digest, "current-secret-4f1d9a", "1764072000", Encoding.UTF8.GetBytes(ExampleBody)));
    }
}
