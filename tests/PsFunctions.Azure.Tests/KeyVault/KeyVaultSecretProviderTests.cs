using Azure;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PowerSchool.Client.Secrets;
using PsFunctions.Azure.KeyVault;

namespace PsFunctions.Azure.Tests.KeyVault;

public sealed class KeyVaultSecretProviderTests
{
    private const string Name = "powerschool-sis-client-secret";

    private readonly Mock<SecretClient> _client = new(MockBehavior.Strict);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    private KeyVaultSecretProvider NewProvider(TimeSpan? ttl = null) => new(
        _client.Object,
        Options.Create(new KeyVaultSecretsOptions
        {
            Uri = new Uri("https://vault.example/"),
            CacheTimeToLive = ttl ?? TimeSpan.FromMinutes(5),
            MissCacheTimeToLive = TimeSpan.FromMinutes(1),
        }),
        _time);

    private void VaultHolds(string value, string version) =>
        _client.Setup(c => c.GetSecretAsync(Name, null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Response.FromValue(
                SecretModelFactory.KeyVaultSecret(SecretModelFactory.SecretProperties(name: Name, version: version), value),
                Mock.Of<Response>()));

    [Fact]
    public async Task Secret_read_twice_within_the_time_to_live_calls_the_vault_once()
    {
        VaultHolds("s3cret-v1", "v1");
        var provider = NewProvider();

        Assert.Equal("s3cret-v1", await provider.GetSecretAsync(Name));
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal("s3cret-v1", await provider.GetSecretAsync(Name));

        _client.Verify(c => c.GetSecretAsync(Name, null, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task Rotated_secret_is_picked_up_once_the_time_to_live_passes()
    {
        VaultHolds("s3cret-v1", "v1");
        var provider = NewProvider();
        await provider.GetSecretAsync(Name);

        VaultHolds("s3cret-v2", "v2");
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal("s3cret-v1", await provider.GetSecretAsync(Name));
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal("s3cret-v2", await provider.GetSecretAsync(Name));
        _client.Verify(c => c.GetSecretAsync(Name, null, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Missing_secret_throws_secret_not_found_naming_it()
    {
        _client.Setup(c => c.GetSecretAsync(Name, null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(404, "SecretNotFound"));

        var error = await Assert.ThrowsAsync<SecretNotFoundException>(() => NewProvider().GetSecretAsync(Name).AsTask());

        Assert.Equal(Name, error.SecretName);
    }

    [Fact]
    public async Task A_missing_secret_is_remembered_for_the_miss_time_to_live_then_asked_for_again()
    {
        const string Previous = "webhook-crm-secret-previous";
        _client.Setup(c => c.GetSecretAsync(Previous, null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(404, "SecretNotFound"));
        var provider = NewProvider();

        await Assert.ThrowsAsync<SecretNotFoundException>(() => provider.GetSecretAsync(Previous).AsTask());
        _time.Advance(TimeSpan.FromSeconds(59));
        var remembered = await Assert.ThrowsAsync<SecretNotFoundException>(() => provider.GetSecretAsync(Previous).AsTask());
        _client.Verify(c => c.GetSecretAsync(Previous, null, It.IsAny<CancellationToken>()), Times.Once());

        // A rotation begins: the secret is created, and shows once the miss is forgotten.
        _client.Setup(c => c.GetSecretAsync(Previous, null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Response.FromValue(
                SecretModelFactory.KeyVaultSecret(SecretModelFactory.SecretProperties(name: Previous, version: "v1"), "old-value"), Mock.Of<Response>()));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("old-value", await provider.GetSecretAsync(Previous));
        Assert.Equal(Previous, remembered.SecretName);
        _client.Verify(c => c.GetSecretAsync(Previous, null, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task A_vault_failure_is_not_remembered_as_a_miss()
    {
        _client.SetupSequence(c => c.GetSecretAsync(Name, null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "ServiceUnavailable"))
            .ReturnsAsync(Response.FromValue(
                SecretModelFactory.KeyVaultSecret(SecretModelFactory.SecretProperties(name: Name, version: "v1"), "s3cret-v1"), Mock.Of<Response>()));
        var provider = NewProvider();

        await Assert.ThrowsAsync<RequestFailedException>(() => provider.GetSecretAsync(Name).AsTask());

        Assert.Equal("s3cret-v1", await provider.GetSecretAsync(Name));
    }

    [Fact]
    public async Task Empty_secret_counts_as_missing()
    {
        VaultHolds(string.Empty, "v1");

        await Assert.ThrowsAsync<SecretNotFoundException>(() => NewProvider().GetSecretAsync(Name).AsTask());
    }

    [Fact]
    public async Task Vault_failure_other_than_not_found_is_not_hidden()
    {
        _client.Setup(c => c.GetSecretAsync(Name, null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(403, "Forbidden"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => NewProvider().GetSecretAsync(Name).AsTask());

        Assert.Equal(403, error.Status);
    }

    [Fact]
    public async Task Name_that_key_vault_cannot_hold_is_refused_before_calling_it()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => NewProvider().GetSecretAsync("Secrets:bad_name").AsTask());

        Assert.Equal("name", error.ParamName);
    }
}
