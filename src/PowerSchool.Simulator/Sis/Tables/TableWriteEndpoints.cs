using System.Globalization;
using System.Text.Json;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>
/// Writes to extension tables: <c>POST /ws/schema/table/{table}</c>, <c>PUT</c> and <c>DELETE .../{id}</c>, body
/// <c>{"tables":{"table":{"column":"value"}}}</c> with string values. Each write bumps the data version.
/// </summary>
public static class TableWriteEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/ws/schema/table/{table}", (string table, HttpRequest request, DistrictStore store) => WriteAsync(table, null, request, store));
        app.MapPut("/ws/schema/table/{table}/{id}", (string table, string id, HttpRequest request, DistrictStore store) => WriteAsync(table, id, request, store));
        app.MapDelete("/ws/schema/table/{table}/{id}", (string table, string id, HttpRequest request, DistrictStore store) => store.Write(state =>
        {
            if (Refusal(state, table) is { } refused)
            {
                return refused;
            }

            var rowId = ParseId(id);
            if (!state.ExtensionTables[table].Delete(rowId))
            {
                return SisErrors.NotFound($"Table {table} has no record with id {id}.");
            }

            state.Versions.Record(table.ToLowerInvariant(), rowId);
            return Answer(request, table, "DELETE", rowId);
        }));
    }

    private static async Task<IResult> WriteAsync(string table, string? id, HttpRequest request, DistrictStore store)
    {
        var (values, error) = await TableBody.ReadAsync(request, table);
        return store.Write(state =>
        {
            if (Refusal(state, table) is { } refused)
            {
                return refused;
            }

            if (values is null)
            {
                return SisErrors.BadRequest(error!);
            }

            var extension = state.ExtensionTables[table];
            long rowId;
            if (id is null)
            {
                rowId = extension.Insert(values);
            }
            else if (extension.Find(rowId = ParseId(id)) is not null)
            {
                extension.Update(rowId, values);
            }
            else
            {
                return SisErrors.NotFound($"Table {table} has no record with id {id}.");
            }

            state.Versions.Record(table.ToLowerInvariant(), rowId);
            return Answer(request, table, id is null ? "INSERT" : "UPDATE", rowId);
        });
    }

    private static IResult? Refusal(DistrictState state, string table) =>
        TableCatalog.Find(state, table) is null ? TableReadEndpoints.UnknownTable(table)
        : !TableCatalog.IsWritable(state, table) ? SisErrors.Error(StatusCodes.Status403Forbidden, "FORBIDDEN", $"Table {table} is read-only: only database extension tables can be written through /ws/schema/table.")
        : null;

    private static long ParseId(string id) => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;

    private static IResult Answer(HttpRequest request, string table, string action, long id) => SimJson.Result(w =>
    {
        // As PowerSchool answers an extension-table write: the counts at the top, result an array.
        w.WriteStartObject();
        w.WriteNumber("insert_count", action == "INSERT" ? 1 : 0);
        w.WriteNumber("update_count", action == "UPDATE" ? 1 : 0);
        w.WriteNumber("delete_count", action == "DELETE" ? 1 : 0);
        w.WriteStartArray("result");
        w.WriteStartObject();
        w.WriteNull("client_uid");
        w.WriteString("status", "SUCCESS");
        w.WriteString("action", action);
        w.WriteStartObject("success_message");
        w.WriteNumber("id", id);
        w.WriteString("ref", $"{request.Scheme}://{request.Host}/ws/schema/table/{table.ToLowerInvariant()}/{id}");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
