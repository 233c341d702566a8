using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>PowerQuery refusals: 400 "Validation Failed" for bad arguments, 403 naming the fields the plugin lacks.</summary>
internal static class PowerQueryErrors
{
    public static IResult ValidationFailed(string query, IReadOnlyList<(string Field, string Code)> errors) => SimJson.Result(w =>
    {
        w.WriteStartObject();
        w.WriteString("message", "Validation Failed");
        w.WriteStartArray("errors");
        foreach (var (field, code) in errors)
        {
            w.WriteStartObject();
            w.WriteString("resource", query);
            w.WriteString("field", field);
            w.WriteString("code", code);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }, StatusCodes.Status400BadRequest);

    /// <summary>
    /// 403 when the query reads fields the plugin's access_request does not grant: the message and the errors
    /// list both name each missing table and field, so a client can turn them into access_request lines.
    /// </summary>
    public static IResult AccessDenied(IReadOnlyList<QueryField> missing) => SimJson.Result(w =>
    {
        w.WriteStartObject();
        w.WriteString("message", $"Access denied: the plugin has no access to {string.Join(", ", missing.Select(f => $"{f.Table}.{f.Field}"))}");
        w.WriteStartArray("errors");
        foreach (var field in missing)
        {
            w.WriteStartObject();
            w.WriteString("resource", field.Table);
            w.WriteString("field", field.Field);
            w.WriteString("code", "missing_access");
            w.WriteString("access", "ViewOnly");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }, StatusCodes.Status403Forbidden);
}
