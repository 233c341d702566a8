namespace PsFunctions.Testing;

/// <summary>
/// The hash key (secret <c>psfunctions-hash-key</c>: base64 of 32 random bytes) every test composition and the bench
/// configure as <c>Secrets:psfunctions-hash-key</c>; tests that need another key give their own.
/// </summary>
public static class TestHashKey
{
    public const string Value = "N8fHj1cumXFVQaUQzxTQGVCYUpawowLwRmF5XKSpCag=";

    /// <summary>A second key, for tests of what happens when the key changes.</summary>
    public const string Other = "DX1Wwc7pio+xVurS3a/JhE2QeSf/BZvuJCkbrUWbnoA=";
}
