using System.Security.Cryptography;
using System.Text;
using PsFunctions.Sync.Hashing;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Hashing;

public sealed class IdentityHasherTests
{
    private const string Identity = "name:FRANKLIN|ROSALIND|2016-07-25";

    [Fact]
    public void Hashes_differ_under_another_key_and_are_not_the_plain_SHA256()
    {
        var plain = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Identity)));

        var keyed = TestHashing.Hasher.HashHex(Identity);
        var other = TestHashing.OtherHasher.HashHex(Identity);

        Assert.Matches("^[0-9a-f]{64}$", keyed);
        Assert.NotEqual(plain, keyed);
        Assert.NotEqual(plain, other);
        Assert.NotEqual(keyed, other);
        Assert.Equal(keyed, IdentityHasher.FromSecret(TestHashKey.Value).HashHex(Identity));
    }

    [Fact]
    public void The_key_id_names_the_key_without_containing_it()
    {
        var id = TestHashing.Hasher.KeyId;

        Assert.Matches("^[0-9a-f]{16}$", id);
        Assert.NotEqual(id, TestHashing.OtherHasher.KeyId);
        Assert.DoesNotContain(id, Convert.ToHexStringLower(Convert.FromBase64String(TestHashKey.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_with_the_newline_openssl_prints_is_the_same_key() =>
        Assert.Equal(TestHashing.Hasher.KeyId, IdentityHasher.FromSecret(TestHashKey.Value + "\n").KeyId);

    [Theory]
    [InlineData("c2hvcnQta2V5LTE2LWJ5dGVz")] // 18 bytes: too short
    [InlineData("not base64 at all!")]
    [InlineData("")]
    public void A_secret_that_is_not_a_key_is_refused_naming_the_secret_and_the_rule_but_not_the_value(string value)
    {
        var error = Assert.Throws<FormatException>(() => IdentityHasher.FromSecret(value));

        Assert.Contains(IdentityHashKey.SecretName, error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 32 random bytes", error.Message, StringComparison.Ordinal);
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }
    }
}
