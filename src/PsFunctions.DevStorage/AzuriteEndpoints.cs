namespace PsFunctions.DevStorage;

/// <summary>Where a running Azurite answers, with its well-known development account.</summary>
public sealed record AzuriteEndpoints(Uri Blob, Uri Queue, Uri Table)
{
    /// <summary>Azurite's fixed development account (public, documented by Azurite; not a secret).</summary>
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={Blob};QueueEndpoint={Queue};TableEndpoint={Table};";

    /// <summary>Endpoints of an Azurite on loopback at the given ports.</summary>
    public static AzuriteEndpoints OnLoopback(int blobPort, int queuePort, int tablePort) => new(
        new Uri($"http://127.0.0.1:{blobPort}/{AccountName}"),
        new Uri($"http://127.0.0.1:{queuePort}/{AccountName}"),
        new Uri($"http://127.0.0.1:{tablePort}/{AccountName}"));

    /// <summary>Reads the endpoints back out of an Azurite connection string.</summary>
    public static AzuriteEndpoints Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (connectionString.Trim().Equals("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            return OnLoopback(10000, 10001, 10002);
        }

        var parts = connectionString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        return new AzuriteEndpoints(Endpoint(parts, "BlobEndpoint"), Endpoint(parts, "QueueEndpoint"), Endpoint(parts, "TableEndpoint"));
    }

    private static Uri Endpoint(Dictionary<string, string> parts, string key) =>
        parts.TryGetValue(key, out var value)
            ? new Uri(value)
            : throw new ArgumentException($"The Azurite connection string has no {key}.", nameof(parts));
}
