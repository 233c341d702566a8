using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Enrollment;

namespace PowerSchool.Client.Tests.Enrollment;

/// <summary>
/// A document URL from Enrollment is not trusted: scheme, host, every redirect and the addresses a name resolves to are
/// checked before a byte is sent, against a loopback server that redirects where a test tells it to.
/// </summary>
public sealed class DocumentUrlRulesTests : IAsyncLifetime
{
    private WebApplication? _server;
    private int _served;

    private Uri Server => new(_server!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.Use((context, next) =>
        {
            Interlocked.Increment(ref _served);
            return next(context);
        });
        _server.MapGet("/hops/{left:int}", (int left) => left == 0 ? Results.Bytes("ok"u8.ToArray(), "application/pdf") : Results.Redirect($"/hops/{left - 1}"));
        _server.MapGet("/to", (string location) => Results.Redirect(location));
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Plain_http_is_refused_when_the_Enrollment_base_url_is_not_loopback()
    {
        await using var provider = Clients("https://enrollment.example", new() { ["PowerSchool:Enrollment:Documents:AllowedHosts"] = "127.0.0.1" });

        var refused = await Assert.ThrowsAsync<DocumentRefusedException>(() => Enrollment(provider).OpenDocumentAsync(new Uri(Server, "/hops/0")));

        Assert.Contains("only https", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _served);
    }

    [Fact]
    public async Task A_host_off_the_allowlist_is_refused_without_a_request_and_without_the_url_in_the_message()
    {
        await using var provider = Clients("https://enrollment.example");

        var refused = await Assert.ThrowsAsync<DocumentRefusedException>(
            () => Enrollment(provider).OpenDocumentAsync(new Uri("https://files.example.org/doc.pdf?sig=secret")));

        Assert.Contains("PowerSchool:Enrollment:Documents:AllowedHosts", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("files.example.org", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=", refused.Message, StringComparison.Ordinal);
        Assert.False(refused.IsTransient);
    }

    [Fact]
    public async Task A_redirect_to_the_instance_metadata_address_is_refused_and_never_followed()
    {
        await using var provider = LoopbackClients();

        var refused = await Assert.ThrowsAsync<DocumentRefusedException>(() => Enrollment(provider).OpenDocumentAsync(
            new Uri(Server, "/to?location=" + Uri.EscapeDataString("http://169.254.169.254/metadata/identity/oauth2/token"))));

        Assert.Contains("host", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, _served);
    }

    [Fact]
    public async Task Three_redirects_on_allowed_hosts_are_followed_and_a_fourth_is_refused()
    {
        await using var provider = LoopbackClients();

        await using (var document = await Enrollment(provider).OpenDocumentAsync(new Uri(Server, "/hops/3")))
        {
            Assert.Equal("application/pdf", document.ContentType);
        }

        var refused = await Assert.ThrowsAsync<DocumentRefusedException>(() => Enrollment(provider).OpenDocumentAsync(new Uri(Server, "/hops/4")));
        Assert.Contains("more than 3", refused.Message, StringComparison.Ordinal);
        Assert.Equal(4 + 4, _served);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("10.1.2.3")]
    [InlineData("169.254.169.254")]
    [InlineData("127.0.0.2")]
    public async Task An_allowed_host_that_resolves_to_an_internal_address_is_refused_unless_local_runs_allow_it(string host)
    {
        await using var provider = Clients("https://enrollment.example", new() { ["PowerSchool:Enrollment:Documents:AllowedHosts"] = host });

        var refused = await Assert.ThrowsAsync<DocumentRefusedException>(() => Enrollment(provider).OpenDocumentAsync(new Uri($"https://{host}:1/doc")));

        Assert.Contains("AllowPrivateAddresses is off", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("169.254.169.254", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("20.60.1.1", false)]
    [InlineData("2603:1030::1", false)]
    public void Internal_addresses_are_told_from_public_ones(string address, bool expected) =>
        Assert.Equal(expected, DocumentAddressGuard.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://files.example.org")]
    [InlineData("*.blob.core.windows.net/x")]
    public void An_allowlist_that_is_not_host_names_fails_at_start_naming_the_setting(string hosts)
    {
        using var provider = Clients("https://enrollment.example", new() { ["PowerSchool:Enrollment:Documents:AllowedHosts"] = hosts });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EnrollmentClientOptions>>().Value);

        Assert.Contains("PowerSchool:Enrollment:Documents:AllowedHosts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://acct.blob.core.windows.net/c/doc", true)]
    [InlineData("https://enrollment.example/doc", true)]
    [InlineData("https://blob.core.windows.net.evil.example/doc", false)]
    [InlineData("https://evilblob.core.windows.net/doc", false)]
    public void The_default_allowlist_is_the_Enrollment_host_and_azure_blob_hosts(string url, bool allowed)
    {
        var rules = new DocumentUrlRules(new EnrollmentClientOptions { BaseUrl = new Uri("https://enrollment.example") });

        var refusal = Record.Exception(() => rules.Check(new Uri(url)));

        Assert.Equal(allowed, refusal is null);
    }

    private static IEnrollmentClient Enrollment(ServiceProvider provider) => provider.GetRequiredService<IEnrollmentClient>();

    private ServiceProvider LoopbackClients() =>
        Clients(Server.ToString(), new() { ["PowerSchool:Enrollment:Documents:AllowPrivateAddresses"] = "true" });

    private static ServiceProvider Clients(string enrollmentBaseUrl, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["PowerSchool:Enrollment:BaseUrl"] = enrollmentBaseUrl,
            ["Secrets:powerschool-enrollment-api-key"] = "key",
            ["PowerSchool:Enrollment:Resilience:BaseDelay"] = "00:00:00.005",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddPowerSchoolEnrollment();
        return services.BuildServiceProvider();
    }
}
