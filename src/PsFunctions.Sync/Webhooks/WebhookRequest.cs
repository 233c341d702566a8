namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// A webhook request as any host sees it: its headers (names matched ignoring case), its body stream (read
/// at most up to the size limit) and its content type.
/// </summary>
public sealed record WebhookRequest(IReadOnlyDictionary<string, string> Headers, Stream Body, string? ContentType)
{
    /// <summary>The value of header <paramref name="name"/>, ignoring the case of the name; null when absent.</summary>
    public string? Header(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Headers.TryGetValue(name, out var value))
        {
            return value;
        }

        foreach (var (key, candidate) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }
}
