namespace PsFunctions.Sync.Webhooks;

/// <summary>Reads a request body up to a limit, never further: the rest of an oversize body is left unread.</summary>
internal static class WebhookBodyReader
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body bytes, or null when the body is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        while (true)
        {
            // Ask for at most one byte past the limit: enough to tell "at the limit" from "over it".
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1L - content.Length);
            var read = await body.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return content.ToArray();
            }

            content.Write(chunk, 0, read);
            if (content.Length > maxBytes)
            {
                return null;
            }
        }
    }
}
