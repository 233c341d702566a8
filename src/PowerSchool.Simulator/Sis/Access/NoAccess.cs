using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Access;

/// <summary>
/// PowerSchool's 403 for fields outside the plugin's access_request, as a district observed it:
/// <c>{"errors":[{"code":"NoAccess","field":"entry_date","resource":"Log"}]}</c>, one error per field, the table by its
/// display name, no message; a filtered table count adds <c>"message":"At least one column lacks sufficient permission"</c>.
/// </summary>
public static class NoAccess
{
    public const string CountMessage = "At least one column lacks sufficient permission";

    public static IResult Result(IReadOnlyList<(string Table, string Field)> missing, string? message = null) => SimJson.Result(w =>
    {
        w.WriteStartObject();
        if (message is not null)
        {
            w.WriteString("message", message);
        }

        w.WriteStartArray("errors");
        foreach (var (table, field) in missing)
        {
            w.WriteStartObject();
            w.WriteString("code", "NoAccess");
            w.WriteString("field", field);
            w.WriteString("resource", TableNames.Display(table));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }, StatusCodes.Status403Forbidden);
}
