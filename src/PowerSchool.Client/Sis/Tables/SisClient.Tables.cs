using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PowerSchool.Client.Json;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Sis.Paging;
using PowerSchool.Client.Sis.Tables;

namespace PowerSchool.Client.Sis;

public sealed partial class SisClient
{
    private const string TableTemplate = "/ws/schema/table/{table}";

    public IAsyncEnumerable<SisRecord> GetTableRecordsAsync(string table, SisReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckName(table, nameof(table));
        return ReadPagedAsync(new PagedResource($"/ws/schema/table/{table}", TableTemplate, TableProjection: true),
            m => m.SchemaTableQueryMaxPageSize, RecordsOf, options, cancellationToken);
    }

    public async Task<SisRecord?> GetTableRecordAsync(
        string table, long id, IReadOnlyList<string>? projection = null, CancellationToken cancellationToken = default)
    {
        CheckName(table, nameof(table));
        var url = new QueryString($"/ws/schema/table/{table}/{Id(id)}").Add("projection", projection is { Count: > 0 } ? projection : ["*"]);
        using var document = await GetDocumentAsync(url.ToString(), $"{TableTemplate}/{{id}}", cancellationToken);
        return document is null ? null : SisRecordReader.Read(document.RootElement, id);
    }

    public Task<TableWriteResult> InsertTableRecordAsync(
        string table, IReadOnlyDictionary<string, string?> columns, CancellationToken cancellationToken = default) =>
        WriteTableAsync(HttpMethod.Post, table, null, columns, cancellationToken);

    public Task<TableWriteResult> UpdateTableRecordAsync(
        string table, long id, IReadOnlyDictionary<string, string?> columns, CancellationToken cancellationToken = default) =>
        WriteTableAsync(HttpMethod.Put, table, id, columns, cancellationToken);

    public async Task<bool> DeleteTableRecordAsync(string table, long id, CancellationToken cancellationToken = default)
    {
        CheckName(table, nameof(table));
        using var request = RequestMetadata.Create(HttpMethod.Delete, $"/ws/schema/table/{table}/{Id(id)}", $"{TableTemplate}/{{id}}");
        using var response = await _transport.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await _transport.EnsureSuccessAsync(request, response, cancellationToken);
        return true;
    }

    private async Task<TableWriteResult> WriteTableAsync(
        HttpMethod method, string table, long? id, IReadOnlyDictionary<string, string?> columns, CancellationToken cancellationToken)
    {
        CheckName(table, nameof(table));
        ArgumentNullException.ThrowIfNull(columns);
        var row = new JsonObject(columns.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)JsonValue.Create(c.Value))));
        var body = new JsonObject { ["tables"] = new JsonObject { [table] = row } };
        var path = id is null ? $"/ws/schema/table/{table}" : $"/ws/schema/table/{table}/{Id(id.Value)}";
        using var request = RequestMetadata.Create(method, path, id is null ? TableTemplate : $"{TableTemplate}/{{id}}",
            idempotent: method != HttpMethod.Post);
        request.Content = JsonContent(body);

        using var response = await _transport.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var results = TryParseTableWrite(text);
        var result = results.Count > 0 ? results[0] : null;
        if (result is null)
        {
            await _transport.EnsureSuccessAsync(request, response, cancellationToken);
            return new TableWriteResult(true, id, []);
        }

        return new TableWriteResult(result.IsSuccess, result.SuccessMessage?.Id ?? id, result.FieldErrors);
    }

    private static IReadOnlyList<Students.WriteResult> TryParseTableWrite(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, SisJsonContext.Default.TableWriteResponse)?.All ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IReadOnlyList<SisRecord> RecordsOf(JsonDocument? document) =>
        document is not null && document.RootElement.TryGetProperty("record", out var rows)
            ? [.. (rows.Deserialize(SisJsonContext.Default.IReadOnlyListJsonElement) ?? []).Select(r => SisRecordReader.Read(r))]
            : [];

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
