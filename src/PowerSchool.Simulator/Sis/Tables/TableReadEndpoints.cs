using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Access;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>
/// Table resources: <c>GET /ws/schema/table/{table}</c> (q, projection, sort, paging) answering
/// <c>{"name":"students","record":[{"id","name","tables":{"students":{...}}}]}</c>, <c>/count</c> answering
/// <c>{"count":N}</c>, and <c>/{id}</c>. Every value is a string; a column without a value is "".
/// </summary>
public static class TableReadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/ws/schema/table/{table}", List);
        app.MapGet("/ws/schema/table/{table}/count", Count);
        app.MapGet("/ws/schema/table/{table}/{id}", One);
    }

    private static IResult List(string table, HttpRequest request, DistrictStore store, PluginAccess access, IOptions<SisOptions> options) => store.Read(state =>
    {
        if (TableCatalog.Find(state, table) is not { } source)
        {
            return UnknownTable(table);
        }

        var page = PageRequest.Parse(request.Query, options.Value.TablePageSize, out var pageError);
        return page is null ? pageError! : SisErrors.OnBadQuery(() =>
        {
            if (TableQuery.Parse(request, source, state, access, projectionRequired: true, out var error) is not { } query)
            {
                return error!;
            }

            var rows = query.Rows(source, state).Skip(page.Skip).Take(page.PageSize).ToList();
            return SimJson.Result(w =>
            {
                w.WriteStartObject();
                w.WriteString("name", source.Name);
                w.WriteStartArray("record");
                rows.ForEach(row => Record(w, source.Name, row.Id, row.Value, query.Columns));
                w.WriteEndArray();
                w.WriteEndObject();
            });
        });
    });

    // A count needs no grant; a filtered one needs the filter's columns (PowerSchool adds a message to that 403).
    private static IResult Count(string table, HttpRequest request, DistrictStore store, PluginAccess access) => store.Read(state =>
    {
        if (TableCatalog.Find(state, table) is not { } source)
        {
            return UnknownTable(table);
        }

        return SisErrors.OnBadQuery(() =>
        {
            if (TableQuery.Parse(request, source, state, access, projectionRequired: false, out var error, NoAccess.CountMessage) is not { } query)
            {
                return error!;
            }

            var count = query.Rows(source, state).LongCount();
            return SimJson.Result(w => { w.WriteStartObject(); w.WriteNumber("count", count); w.WriteEndObject(); });
        });
    });

    private static IResult One(string table, string id, HttpRequest request, DistrictStore store, PluginAccess access) => store.Read(state =>
    {
        if (TableCatalog.Find(state, table) is not { } source)
        {
            return UnknownTable(table);
        }

        return SisErrors.OnBadQuery(() =>
        {
            if (TableQuery.Parse(request, source, state, access, projectionRequired: true, out var error) is not { } query)
            {
                return error!;
            }

            var rowId = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            if (source.Find(state, rowId) is not { } row)
            {
                return SisErrors.NotFound($"Table {source.Name} has no record with id {id}.");
            }

            return SimJson.Result(w =>
            {
                w.WriteStartObject();
                Tables(w, source.Name, row, query.Columns);
                w.WriteEndObject();
            });
        });
    });

    internal static IResult UnknownTable(string table) => SisErrors.NotFound($"No table named {table} is available.");

    private static void Record(Utf8JsonWriter w, string table, long id, Func<string, string?> value, IReadOnlyList<string> columns)
    {
        w.WriteStartObject();
        w.WriteNumber("id", id);
        w.WriteString("name", table);
        Tables(w, table, value, columns);
        w.WriteEndObject();
    }

    private static void Tables(Utf8JsonWriter w, string table, Func<string, string?> value, IReadOnlyList<string> columns)
    {
        w.WriteStartObject("tables");
        w.WriteStartObject(table);
        foreach (var column in columns)
        {
            w.WriteString(column, value(column) ?? string.Empty);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
