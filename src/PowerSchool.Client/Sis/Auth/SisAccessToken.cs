namespace PowerSchool.Client.Sis.Auth;

/// <summary>A bearer token and the moment the client stops using it (PowerSchool's expiry minus the margin).</summary>
public sealed record SisAccessToken(string Value, DateTimeOffset UseUntil)
{
    public bool IsUsableAt(DateTimeOffset now) => now < UseUntil;

    /// <summary>Never prints the token value.</summary>
    public override string ToString() => $"SisAccessToken(use until {UseUntil:O})";
}
