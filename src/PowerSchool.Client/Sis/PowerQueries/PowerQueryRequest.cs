using System.Text.Json.Nodes;

namespace PowerSchool.Client.Sis.PowerQueries;

/// <summary>
/// Arguments and shape of a named PowerQuery call (<c>POST /ws/schema/query/{name}</c>).
/// Arguments go in the JSON body: <c>new() { Arguments = new Dictionary&lt;string, JsonNode?&gt; { ["section_dcid"] = new JsonArray("1", "2") } }</c>.
/// </summary>
public sealed record PowerQueryRequest
{
    /// <summary>The query's own arguments (body properties).</summary>
    public IReadOnlyDictionary<string, JsonNode?>? Arguments { get; init; }

    /// <summary>Page size; capped at the metadata's table query limit. Null uses that limit.</summary>
    public int? PageSize { get; init; }

    /// <summary>Columns to return (<c>projection</c>); null returns the query's columns.</summary>
    public IReadOnlyList<string>? Projection { get; init; }

    /// <summary>An <c>order</c> expression, e.g. <c>students.dcid;asc</c>; PowerQuery paging needs a stable order.</summary>
    public string? Order { get; init; }
}
