using Microsoft.Extensions.Configuration;
using PowerSchool.Client.Secrets;
using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Hashing;

public sealed class IdentityHashKeyTests
{
    private readonly IConfigurationRoot _configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
    private readonly CountingSecretProvider _secrets;

    public IdentityHashKeyTests() => _secrets = new CountingSecretProvider(new ConfigurationSecretProvider(_configuration));

    [Fact]
    public async Task The_key_is_read_once_and_kept()
    {
        _configuration[$"Secrets:{IdentityHashKey.SecretName}"] = TestHashKey.Value;
        var key = new IdentityHashKey(_secrets);

        var first = await key.GetAsync();
        var second = await key.GetAsync();

        Assert.Same(first, second);
        Assert.Equal(TestHashing.Hasher.KeyId, first.KeyId);
        Assert.Equal(1, _secrets.ReadsOf(IdentityHashKey.SecretName));
    }

    [Fact]
    public async Task A_missing_key_fails_naming_the_secret_and_is_asked_for_again_next_time()
    {
        var key = new IdentityHashKey(_secrets);

        var error = await Assert.ThrowsAsync<SecretNotFoundException>(() => key.GetAsync());
        _configuration[$"Secrets:{IdentityHashKey.SecretName}"] = TestHashKey.Value;
        var hasher = await key.GetAsync();

        Assert.Equal(IdentityHashKey.SecretName, error.SecretName);
        Assert.Equal(TestHashing.Hasher.KeyId, hasher.KeyId);
        Assert.Equal(2, _secrets.ReadsOf(IdentityHashKey.SecretName));
    }

    [Fact]
    public async Task Host_start_fails_when_the_key_is_not_a_key()
    {
        _configuration[$"Secrets:{IdentityHashKey.SecretName}"] = "too-short";
        var check = new IdentityHashKeyStartupCheck(new IdentityHashKey(_secrets));

        var error = await Assert.ThrowsAsync<FormatException>(() => check.StartAsync(CancellationToken.None));

        Assert.Contains(IdentityHashKey.SecretName, error.Message, StringComparison.Ordinal);
    }
}
