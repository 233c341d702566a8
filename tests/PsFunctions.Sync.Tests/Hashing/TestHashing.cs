using Microsoft.Extensions.Configuration;
using PowerSchool.Client.Secrets;
using PsFunctions.Sync.Hashing;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Hashing;

/// <summary>Hashers and hash keys under the tests' keys (<see cref="TestHashKey"/>), for tests that build engine types themselves.</summary>
internal static class TestHashing
{
    public static IdentityHasher Hasher { get; } = IdentityHasher.FromSecret(TestHashKey.Value);

    public static IdentityHasher OtherHasher { get; } = IdentityHasher.FromSecret(TestHashKey.Other);

    /// <summary>The key as the engine reads it: secret <see cref="IdentityHashKey.SecretName"/> from configuration.</summary>
    public static IdentityHashKey Key(string value = TestHashKey.Value) => new(Secrets(value));

    public static ISecretProvider Secrets(string value) => new ConfigurationSecretProvider(
        new ConfigurationBuilder().AddInMemoryCollection([new($"Secrets:{IdentityHashKey.SecretName}", value)]).Build());
}
