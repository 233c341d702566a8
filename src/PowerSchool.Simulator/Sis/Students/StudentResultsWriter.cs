using System.Text.Json;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>
/// Writes PowerSchool's batch answer: <c>{"results":{"insert_count","update_count","delete_count","result"}}</c>,
/// <c>result</c> one object or an array, each with success_message or error_message.
/// </summary>
internal static class StudentResultsWriter
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<StudentOutcome> outcomes, string baseUrl)
    {
        w.WriteStartObject();
        w.WriteStartObject("results");
        w.WriteNumber("insert_count", outcomes.Count(o => o.Succeeded && o.Action == StudentActions.Insert));
        w.WriteNumber("update_count", outcomes.Count(o => o.Succeeded && o.Action == StudentActions.Update));
        w.WriteNumber("delete_count", 0);
        PsCollections.Write(w, "result", outcomes, (writer, outcome) => Result(writer, outcome, baseUrl));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter w, StudentOutcome outcome, string baseUrl)
    {
        w.WriteStartObject();
        outcome.Record.WriteClientUid(w);
        w.WriteString("status", outcome.Succeeded ? "SUCCESS" : "ERROR");
        w.WriteString("action", outcome.Action);
        if (outcome.Succeeded)
        {
            w.WriteStartObject("success_message");
            w.WriteNumber("id", outcome.Dcid!.Value);
            w.WriteString("ref", $"{baseUrl}/ws/v1/student/{outcome.Dcid}");
            w.WriteEndObject();
        }
        else
        {
            w.WriteStartObject("error_message");
            PsCollections.Write(w, "error", outcome.Errors, static (writer, error) =>
            {
                writer.WriteStartObject();
                writer.WriteString("field", error.Field);
                writer.WriteString("error_code", error.ErrorCode);
                writer.WriteString("error_description", error.ErrorDescription);
                writer.WriteEndObject();
            });
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
