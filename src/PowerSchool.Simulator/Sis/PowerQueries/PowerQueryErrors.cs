using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>PowerQuery refusals: 400 "Validation Failed" naming each bad argument.</summary>
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
}
