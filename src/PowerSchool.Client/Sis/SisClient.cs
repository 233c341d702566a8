using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using PowerSchool.Client.Json;
using PowerSchool.Client.Resilience;

namespace PowerSchool.Client.Sis;

/// <summary>
/// The SIS typed client (see <see cref="ISisClient"/>); one partial file per feature folder
/// (Students, Schools, Tables, PowerQueries, DataVersions, Paging).
/// </summary>
public sealed partial class SisClient : ISisClient
{
    private readonly PowerSchoolTransport _transport;
    private readonly SisClientOptions _options;
    private readonly SisMetadataCache _metadata;
    private readonly ILogger _logger;

    internal SisClient(HttpClient http, SisClientOptions options, SisMetadataCache metadata, ILogger<SisClient> logger)
    {
        _transport = new PowerSchoolTransport(http, logger, "sis");
        _options = options;
        _metadata = metadata;
        _logger = logger;
    }

    public Task<SisMetadata> GetMetadataAsync(CancellationToken cancellationToken = default) =>
        _metadata.GetAsync(LoadMetadataAsync, cancellationToken);

    private async Task<SisMetadata> LoadMetadataAsync(CancellationToken cancellationToken)
    {
        using var document = await GetDocumentAsync("/ws/v1/metadata", "/ws/v1/metadata", cancellationToken)
            ?? throw new PowerSchoolException("GET /ws/v1/metadata answered 404.") { StatusCode = HttpStatusCode.NotFound };
        // Real servers wrap the values in "metadata"; tolerate them at the root too.
        var root = document.RootElement.TryGetProperty("metadata", out var wrapped) ? wrapped : document.RootElement;
        return root.Deserialize(SisJsonContext.Default.SisMetadata) ?? new SisMetadata();
    }

    /// <summary>GETs JSON; null on 404; typed errors otherwise.</summary>
    private async Task<JsonDocument?> GetDocumentAsync(string url, string template, CancellationToken cancellationToken)
    {
        using var request = RequestMetadata.Create(HttpMethod.Get, url, template);
        return await SendForDocumentAsync(request, cancellationToken);
    }

    private async Task<JsonDocument?> SendForDocumentAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await _transport.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await _transport.EnsureSuccessAsync(request, response, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    /// <summary>Reads <c>{plural:{singular: one-or-many}}</c> from a document.</summary>
    private static IReadOnlyList<T> ItemsOf<T>(JsonDocument? document, string plural, string singular, JsonTypeInfo<IReadOnlyList<T>> info)
    {
        if (document is null
            || !document.RootElement.TryGetProperty(plural, out var body)
            || body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty(singular, out var items))
        {
            return [];
        }

        return items.Deserialize(info) ?? [];
    }

    private static T? Single<T>(JsonDocument? document, string name, JsonTypeInfo<T> info)
        where T : class =>
        document is not null && document.RootElement.TryGetProperty(name, out var item) && item.ValueKind == JsonValueKind.Object
            ? item.Deserialize(info)
            : null;

    private static void CheckName(string value, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameter);
        if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
        {
            throw new ArgumentException($"'{parameter}' may contain only letters, digits, '_', '.' and '-'.", parameter);
        }
    }
}
