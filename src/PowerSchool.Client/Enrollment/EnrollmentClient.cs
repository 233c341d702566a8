using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Json;
using PowerSchool.Client.Resilience;

namespace PowerSchool.Client.Enrollment;

/// <summary>
/// The Enrollment typed client (see <see cref="IEnrollmentClient"/>); batches, records and documents
/// live in their own partial files.
/// </summary>
public sealed partial class EnrollmentClient : IEnrollmentClient
{
    private const string Api = "api/v1/";
    private readonly PowerSchoolTransport _transport;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger _logger;
    private readonly DocumentUrlRules _documentUrls;
    private readonly bool _allowPrivateDocumentAddresses;

    internal EnrollmentClient(
        HttpClient http, IHttpClientFactory httpClientFactory, IOptions<EnrollmentClientOptions> options, ILogger<EnrollmentClient> logger)
    {
        _transport = new PowerSchoolTransport(http, logger, "enrollment");
        _httpClientFactory = httpClientFactory;
        _logger = logger;
        _documentUrls = new DocumentUrlRules(options.Value);
        _allowPrivateDocumentAddresses = options.Value.Documents.AllowPrivateAddresses;
    }

    public async Task<EnrollmentHealth> GetHealthAsync(CancellationToken cancellationToken = default)
    {
        using var request = RequestMetadata.Create(HttpMethod.Get, "api/healthz", "/api/healthz");
        request.Options.Set(RequestMetadata.Anonymous, true);
        return await SendAsync(request, EnrollmentJsonContext.Default.EnrollmentHealth, cancellationToken);
    }

    public Task<EnrollmentHealth> TestConnectionAsync(CancellationToken cancellationToken = default) =>
        GetAsync("connection/test", "/connection/test", EnrollmentJsonContext.Default.EnrollmentHealth, cancellationToken);

    public Task<IReadOnlyList<PublishedAction>> GetPublishedActionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync("publishedactions", "/publishedactions", EnrollmentJsonContext.Default.IReadOnlyListPublishedAction, cancellationToken);

    public Task<IReadOnlyList<ImportSchema>> GetImportSchemasAsync(long publishedActionId, CancellationToken cancellationToken = default) =>
        GetAsync($"publishedactions/{Id(publishedActionId)}/importschemas", "/publishedactions/{id}/importschemas",
            EnrollmentJsonContext.Default.IReadOnlyListImportSchema, cancellationToken);

    public async Task<ImportResult> ImportRosterRecordAsync(
        long publishedActionId, long schemaId, IReadOnlyDictionary<string, string?> fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var body = new JsonObject(fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value))));
        using var request = Post($"publishedactions/{Id(publishedActionId)}/importschemas/{Id(schemaId)}",
            "/publishedactions/{id}/importschemas/{schemaId}", body, idempotent: false);
        using var response = await _transport.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        // An import that PowerSchool rejected field by field is data, whatever the status code.
        if (TryDeserialize(text, EnrollmentJsonContext.Default.ImportResult) is { Status: not null } result)
        {
            return result with { Errors = result.Errors ?? [] };
        }

        await EnsureSuccessAsync(request, response, cancellationToken);
        throw new PowerSchoolException("The roster import answered without a status.") { Operation = RequestMetadata.Operation(request) };
    }

    public Task<IReadOnlyList<DeliveryTarget>> GetDeliveryTargetsAsync(CancellationToken cancellationToken = default) =>
        GetAsync("deliverytargets", "/deliverytargets", EnrollmentJsonContext.Default.IReadOnlyListDeliveryTarget, cancellationToken);

    private Task<T> GetAsync<T>(string path, string template, JsonTypeInfo<T> info, CancellationToken cancellationToken)
    {
        var request = RequestMetadata.Create(HttpMethod.Get, Api + path, template);
        return SendAndDisposeAsync(request, info, cancellationToken);
    }

    private async Task<T> SendAndDisposeAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> info, CancellationToken cancellationToken)
    {
        using (request)
        {
            return await SendAsync(request, info, cancellationToken);
        }
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> info, CancellationToken cancellationToken)
    {
        using var response = await _transport.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(request, response, cancellationToken);
        return await response.Content.ReadFromJsonAsync(info, cancellationToken)
            ?? throw new PowerSchoolException($"{RequestMetadata.Operation(request)} answered with an empty body.");
    }

    /// <summary>
    /// Typed errors; the connection test documents "Unauthorized (500)" for a bad key, so a 500 that says
    /// "not authorized" is an authentication failure too.
    /// </summary>
    private async Task EnsureSuccessAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.InternalServerError)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (ErrorBodies.Message(text)?.Contains("not authorized", StringComparison.OrdinalIgnoreCase) == true)
            {
                throw new PowerSchoolAuthenticationException(_transport.BaseAddress, "the API key was refused (HTTP 500, not authorized).")
                {
                    StatusCode = response.StatusCode, Operation = RequestMetadata.Operation(request),
                };
            }
        }

        await _transport.EnsureSuccessAsync(request, response, cancellationToken);
    }

    private static HttpRequestMessage Post(string path, string template, JsonNode? body, bool idempotent)
    {
        var request = RequestMetadata.Create(HttpMethod.Post, Api + path, template, idempotent);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString()));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    private static T? TryDeserialize<T>(string text, JsonTypeInfo<T> info)
    {
        try
        {
            return JsonSerializer.Deserialize(text, info);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
