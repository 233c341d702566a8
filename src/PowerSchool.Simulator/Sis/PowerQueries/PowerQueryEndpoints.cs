using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Access;
using PowerSchool.Simulator.Sis.DataVersions;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// <c>POST /ws/schema/query/{name}</c> and <c>/count</c>: named PowerQueries with paging (<c>page</c>, <c>pagesize</c>
/// default 100, 0 for all), <c>count=true</c>, <c>order</c>, the <c>$q</c> filter (body or query string), argument
/// validation, data-version change tracking and the plugin's field access list. PowerSchool's own queries always answer;
/// the PsFunctions plugin's queries answer while <see cref="SisOptions.PluginQueries"/> says the plugin ships them.
/// </summary>
public static class PowerQueryEndpoints
{
    private const int DefaultPageSize = 100;

    private static readonly Dictionary<string, IPowerQuery> Queries = new IPowerQuery[]
    {
        new StudentDcidIdMapQuery(), new StudentGuardianDetailQuery(), new SectionEnrollmentsQuery(),
    }.ToDictionary(q => q.Name, StringComparer.Ordinal);

    // The PsFunctions plugin's own queries: answered only while the plugin is installed with them (Simulator:Sis:PluginQueries).
    private static readonly Dictionary<string, IPowerQuery> PluginQueries = new IPowerQuery[]
    {
        PluginStudentQuery.MatchCandidates, PluginStudentQuery.ByDcid,
    }.ToDictionary(q => q.Name, StringComparer.Ordinal);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/ws/schema/query/{name}", (string name, HttpRequest request, DistrictStore store, PluginAccess access, DataVersionSubscriptions subscriptions, IOptions<SisOptions> options) =>
            RunAsync(Find(name, options.Value), name, request, store, access, subscriptions, countOnly: false));
        app.MapPost("/ws/schema/query/{name}/count", (string name, HttpRequest request, DistrictStore store, PluginAccess access, DataVersionSubscriptions subscriptions, IOptions<SisOptions> options) =>
            RunAsync(Find(name, options.Value), name, request, store, access, subscriptions, countOnly: true));
    }

    private static IPowerQuery? Find(string name, SisOptions options) =>
        Queries.GetValueOrDefault(name) ?? (options.PluginQueries ? PluginQueries.GetValueOrDefault(name) : null);

    private static async Task<IResult> RunAsync(
        IPowerQuery? query, string name, HttpRequest request, DistrictStore store, PluginAccess access, DataVersionSubscriptions subscriptions, bool countOnly)
    {
        if (query is null)
        {
            return SisErrors.NotFound($"No PowerQuery is named {name}.");
        }

        if (access.Missing(query.Reads.Select(f => (f.Table, f.Field))) is { Count: > 0 } missing)
        {
            return NoAccess.Result(missing);
        }

        var body = await ReadBodyAsync(request);
        if (body is null)
        {
            return SisErrors.BadRequest("The body is not valid JSON.");
        }

        var call = PowerQueryRequest.Parse(body.Value, query);
        var errors = call.Application is { } application && call.DataVersion is not null && !subscriptions.Exists(application)
            ? [.. call.Errors, (PowerQueryRequest.ApplicationKey, "invalid")]
            : call.Errors;
        if (errors.Count > 0)
        {
            return PowerQueryErrors.ValidationFailed(query.Name, errors);
        }

        var page = PageRequest.ParsePowerQuery(request.Query, DefaultPageSize, out var error);
        if (page is null)
        {
            return error!;
        }

        var withCount = string.Equals(request.Query["count"], "true", StringComparison.OrdinalIgnoreCase);
        return SisErrors.OnBadQuery(() => store.Read(state =>
        {
            var rows = Rows(state, query, call, FilterOf(call, request)).ToList();
            if (countOnly)
            {
                return SimJson.Result(w => { w.WriteStartObject(); w.WriteNumber("count", rows.Count); w.WriteEndObject(); });
            }

            var selected = PowerQueryOrder.Apply(rows, request.Query["order"], query).Skip(page.Skip).Take(page.PageSize).ToList();
            return SimJson.Result(w => PowerQueryJson.Write(w, query, selected, withCount ? rows.Count : null, call.DataVersion is null ? null : state.Versions.Current));
        }));
    }

    // The reference puts $q in the body; a public client sends it in the query string: both are read, and joined.
    private static string? FilterOf(PowerQueryRequest call, HttpRequest request) =>
        string.Join(';', new[] { call.Filter, request.Query[PowerQueryRequest.FilterKey].ToString() }.Where(q => !string.IsNullOrWhiteSpace(q)));

    private static IEnumerable<QueryRow> Rows(DistrictState state, IPowerQuery query, PowerQueryRequest call, string? filter)
    {
        var rows = query.Run(state, call.Arguments).Where(PowerQueryFilter.Build(filter, query));
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
