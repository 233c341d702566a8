using System.Text.Json;
using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>Writes a v1 student: id, local_id, username, state id and name, then the requested expansions and extensions.</summary>
internal static class StudentJsonWriter
{
    public static string ExpansionsAttribute => string.Join(", ", StudentView.AllExpansions);

    public static string ExtensionsAttribute(DistrictState state) => string.Join(",", StudentExtensionWriter.Available(state));

    /// <summary>Writes the <c>@expansions</c> and <c>@extensions</c> attributes PowerSchool publishes on a student resource.</summary>
    public static void WriteAttributes(Utf8JsonWriter w, DistrictState state)
    {
        w.WriteString("@expansions", ExpansionsAttribute);
        w.WriteString("@extensions", ExtensionsAttribute(state));
    }

    public static void Write(Utf8JsonWriter w, SisStudent s, DistrictState state, StudentView view, bool withAttributes)
    {
        w.WriteStartObject();
        if (withAttributes)
        {
            WriteAttributes(w, state);
        }

        if (view.Extensions.Count > 0)
        {
            StudentExtensionWriter.Write(w, s, state, view.Extensions);
        }

        if (view.Shows("id"))
        {
            w.WriteNumber("id", s.Dcid);
        }

        if (view.Shows("local_id"))
        {
            w.WriteNumber("local_id", s.StudentNumber);
        }

        if (view.Shows("student_username"))
        {
            w.WriteIfSet("student_username", s.StudentWebId);
        }

        if (view.Shows("state_province_id"))
        {
            w.WriteIfSet("state_province_id", s.StateStudentNumber);
        }

        if (view.Shows("name"))
        {
            w.WriteStartObject("name");
            w.WriteString("first_name", s.FirstName);
            w.WriteIfSet("middle_name", s.MiddleName);
            w.WriteString("last_name", s.LastName);
            w.WriteEndObject();
        }

        foreach (var expansion in StudentView.AllExpansions.Where(view.Expansions.Contains))
        {
            StudentExpansionWriter.Write(w, expansion, s, state);
        }

        w.WriteEndObject();
    }
}
