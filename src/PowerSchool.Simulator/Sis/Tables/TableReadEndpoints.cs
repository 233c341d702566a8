using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>
/// Table resources: <c>GET /ws/schema/table/{table}</c> (q, projection, paging), <c>/count</c> and <c>/{id}</c>,
/// every value a string, each record as <c>{"id","name","tables":{"table":{...}}}</c>.
/// </summary>
public static class TableReadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/ws/schema/table/{table}", List);
        app.MapGet("/ws/schema/table/{table}/count", Count);
        app.MapGet("/ws/schema/table/{table}/{id}", One);
    }

    private static IResult List(string table, HttpRequest request, DistrictStore store, IOptions<SisOptions> options) => store.Read(state =>
    {
        if (TableCatalog.Find(state, table) is not { } source)
        {
            return UnknownTable(table);
        }

        var page = PageRequest.Parse(request.Query, options.Value.TablePageSize, out var pageError);
        var columns = TableProjection.Parse(request.Query["projection"], source.Columns(state), out var projectionError);
        if (page is null || columns is null)
        {
            return pageError ?? SisErrors.BadRequest(projectionError!);
        }

        return SisErrors.OnBadQuery(() =>
        {
            var rows = source.Rows(state, FiqlParser.Parse(request)).Skip(page.Skip).Take(page.PageSize).ToList();
            return SimJson.Result(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("record");
                rows.ForEach(row => Record(w, source.Name, row.Id, row.Value, columns));
                w.WriteEndArray();
                w.WriteEndObject();
            });
        });
    });

    private static IResult Count(string table, HttpRequest request, DistrictStore store) => store.Read(state =>
    {
        if (TableCatalog.Find(state, table) is not { } source)
        {
            return UnknownTable(table);
        }

        return SisErrors.OnBadQuery(() => PsCollections.Count(source.Rows(state, FiqlParser.Parse(request)).LongCount()));
    });

    private static IResult One(string table, string id, HttpRequest request, DistrictStore store) => store.Read(state =>
    {
        if (TableCatalog.Find(state, table) is not { } source)
        {
            return UnknownTable(table);
        }

        var columns = TableProjection.Parse(request.Query["projection"], source.Columns(state), out var projectionError);
        if (columns is null)
        {
            return SisErrors.BadRequest(projectionError!);
        }

        var rowId = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        if (source.Find(state, rowId) is not { } row)
        {
            return SisErrors.NotFound($"Table {source.Name} has no record with id {id}.");
        }

        return SimJson.Result(w =>
        {
            w.WriteStartObject();
            Tables(w, source.Name, row, columns);
            w.WriteEndObject();
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
            if (value(column) is { } v)
            {
                w.WriteString(column, v);
            }
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
