using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PowerSchool.Client.Json;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Sis.Paging;
using PowerSchool.Client.Sis.PowerQueries;

namespace PowerSchool.Client.Sis;

public sealed partial class SisClient
{
    private const string PowerQueryTemplate = "/ws/schema/query/{name}";

    public async IAsyncEnumerable<SisRecord> RunPowerQueryAsync(
        string queryName, PowerQueryRequest? request = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        CheckName(queryName, nameof(queryName));
        var body = PowerQueryBody(request, extra: null);
        var pageSize = await PowerQueryPageSizeAsync(request, cancellationToken);
        var total = await PowerQueryCountAsync(queryName, body, cancellationToken);

        async Task<IReadOnlyList<SisRecord>> FetchPage(int page, CancellationToken token)
        {
            using var document = await PowerQueryPageAsync(queryName, body, request, page, pageSize, token);
            return RecordsOf(document);
        }

        await foreach (var record in PagedReader.ReadAsync(total, pageSize, _options.PageParallelism, FetchPage, cancellationToken))
        {
            yield return record;
        }
    }

    private async Task<int> PowerQueryPageSizeAsync(PowerQueryRequest? request, CancellationToken cancellationToken)
    {
        var limit = (await GetMetadataAsync(cancellationToken)).SchemaTableQueryMaxPageSize ?? 100;
        return Math.Clamp(request?.PageSize ?? limit, 1, limit);
    }

    private async Task<long> PowerQueryCountAsync(string queryName, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = PowerQueryRequestMessage($"/ws/schema/query/{queryName}/count", $"{PowerQueryTemplate}/count", body);
        using var document = await SendPowerQueryAsync(queryName, request, cancellationToken);
        return document.RootElement.Deserialize(SisJsonContext.Default.CountResponse)?.Value
            ?? throw new PowerSchoolException($"POST {PowerQueryTemplate}/count answered without a count.");
    }

    private async Task<JsonDocument> PowerQueryPageAsync(
        string queryName, JsonObject body, PowerQueryRequest? shape, int page, int pageSize, CancellationToken cancellationToken)
    {
        var url = new QueryString($"/ws/schema/query/{queryName}")
            .Add("page", page).Add("pagesize", pageSize)
            .Add("projection", shape?.Projection).Add("order", shape?.Order);
        using var request = PowerQueryRequestMessage(url.ToString(), PowerQueryTemplate, body);
        return await SendPowerQueryAsync(queryName, request, cancellationToken);
    }

    /// <summary>Sends a PowerQuery call; a "Validation Failed" 400 becomes <see cref="PowerQueryValidationException"/>.</summary>
    private async Task<JsonDocument> SendPowerQueryAsync(string queryName, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await _transport.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (ErrorBodies.ValidationErrors(text) is { } errors)
            {
                throw new PowerQueryValidationException(queryName, errors)
                {
                    StatusCode = response.StatusCode,
                    Operation = RequestMetadata.Operation(request),
                    ServerMessage = ErrorBodies.Message(text),
                };
            }
        }

        await _transport.EnsureSuccessAsync(request, response, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    private static HttpRequestMessage PowerQueryRequestMessage(string url, string template, JsonObject body)
    {
        // PowerQueries are reads sent as POST: safe to retry.
        var request = RequestMetadata.Create(HttpMethod.Post, url, template, idempotent: true);
        request.Content = JsonContent(body);
        return request;
    }

    private static JsonObject PowerQueryBody(PowerQueryRequest? request, IEnumerable<KeyValuePair<string, JsonNode?>>? extra)
    {
        var body = new JsonObject();
        foreach (var (name, value) in (request?.Arguments ?? new Dictionary<string, JsonNode?>()).Concat(extra ?? []))
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }

    private static ByteArrayContent JsonContent(JsonNode body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
