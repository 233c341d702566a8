using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.DataVersions;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// <c>POST /ws/schema/query/{name}</c> and <c>/count</c>: named PowerQueries with paging, argument validation,
/// data-version change tracking and the plugin's field access list.
/// </summary>
public static class PowerQueryEndpoints
{
    private static readonly Dictionary<string, IPowerQuery> Queries = new IPowerQuery[]
    {
        new StudentDcidIdMapQuery(), new StudentGuardianDetailQuery(), new SectionEnrollmentsQuery(),
    }.ToDictionary(q => q.Name, StringComparer.Ordinal);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/ws/schema/query/{name}", (string name, HttpRequest request, DistrictStore store, PluginAccess access, IOptions<SisOptions> options) =>
            RunAsync(name, request, store, access, options.Value, count: false));
        app.MapPost("/ws/schema/query/{name}/count", (string name, HttpRequest request, DistrictStore store, PluginAccess access, IOptions<SisOptions> options) =>
            RunAsync(name, request, store, access, options.Value, count: true));
    }

    private static async Task<IResult> RunAsync(string name, HttpRequest request, DistrictStore store, PluginAccess access, SisOptions options, bool count)
    {
        if (!Queries.TryGetValue(name, out var query))
        {
            return SisErrors.NotFound($"No PowerQuery is named {name}.");
        }

        if (access.Missing(query.Reads) is { Count: > 0 } missing)
        {
            return PowerQueryErrors.AccessDenied(missing);
        }

        var body = await ReadBodyAsync(request);
        if (body is null)
        {
            return SisErrors.BadRequest("The body is not valid JSON.");
        }

        var call = PowerQueryRequest.Parse(body.Value, query);
        if (call.Errors.Count > 0)
        {
            return PowerQueryErrors.ValidationFailed(query.Name, call.Errors);
        }

        var pageSize = request.Query["pagesize"] == "0" ? int.MaxValue : options.MaxPageSize;
        var page = PageRequest.Parse(request.Query["pagesize"] == "0" ? new QueryCollection() : request.Query, pageSize, out var error);
        if (page is null)
        {
            return error!;
        }

        return store.Read(state =>
        {
            var rows = Rows(state, query, call);
            if (count)
            {
                return SimJson.Result(w => { w.WriteStartObject(); w.WriteNumber("count", rows.LongCount()); w.WriteEndObject(); });
            }

            var selected = rows.Skip(page.Skip).Take(page.PageSize).ToList();
            return SimJson.Result(w => PowerQueryJson.Write(w, query.Name, selected, call.DataVersion is null ? null : state.Versions.Current));
        });
    }

    private static IEnumerable<QueryRow> Rows(DistrictState state, IPowerQuery query, PowerQueryRequest call)
    {
        var rows = query.Run(state, call.Arguments);
        if (call.DataVersion is not { } since)
        {
            return rows;
        }

        var changed = DataVersionChanges.Ids(state, DataVersionChanges.Students, since).ToHashSet();
        return rows.Where(r => changed.Contains(r.StudentDcid));
    }

    private static async Task<JsonElement?> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return default(JsonElement);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
