using System.Text.Json;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Sis.Http;
using PowerSchool.Simulator.Sis.Students;

namespace PowerSchool.Simulator.Sis.Schools;

/// <summary>The v1 shapes of schools, courses and sections, and the fields their <c>q</c> may search on.</summary>
internal static class SchoolJson
{
    public static readonly Dictionary<string, FiqlField<SisSchool>> SchoolFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = new(Number: s => s.Dcid),
        ["school_number"] = new(Number: s => s.SchoolNumber),
        ["name"] = new(Text: s => s.Name),
    };

    public static readonly Dictionary<string, FiqlField<SisCourse>> CourseFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = new(Number: c => c.Dcid),
        ["course_number"] = new(Text: c => c.CourseNumber),
        ["course_name"] = new(Text: c => c.CourseName),
    };

    public static readonly Dictionary<string, FiqlField<SisSection>> SectionFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = new(Number: s => s.Dcid),
        ["course_id"] = new(Number: s => s.CourseDcid),
        ["section_number"] = new(Text: s => s.SectionNumber),
        ["staff_id"] = new(Number: s => s.StaffId),
        ["term_id"] = new(Number: s => s.TermId),
    };

    public static void School(Utf8JsonWriter w, SisSchool s)
    {
        w.WriteStartObject();
        w.WriteNumber("id", s.Dcid);
        w.WriteString("name", s.Name);
        w.WriteNumber("school_number", s.SchoolNumber);
        w.WriteIfSet("state_province_id", s.StateProvinceId);
        w.WriteNumber("low_grade", s.LowGrade);
        w.WriteNumber("high_grade", s.HighGrade);
        AddressAndPhone(w, s.Street, s.City, s.State, s.Zip, s.Phone);
        w.WriteStartObject("principal");
        w.WriteStartObject("name");
        w.WriteIfSet("first_name", s.PrincipalName?.Split(' ')[0]);
        w.WriteIfSet("last_name", s.PrincipalName?.Split(' ')[^1]);
        w.WriteEndObject();
        w.WriteIfSet("email", s.PrincipalEmail);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Course(Utf8JsonWriter w, SisCourse c)
    {
        w.WriteStartObject();
        w.WriteNumber("id", c.Dcid);
        w.WriteString("course_number", c.CourseNumber);
        w.WriteString("course_name", c.CourseName);
        w.WriteEndObject();
    }

    public static void Section(Utf8JsonWriter w, SisSection s)
    {
        w.WriteStartObject();
        w.WriteNumber("id", s.Dcid);
        w.WriteNumber("course_id", s.CourseDcid);
        w.WriteString("section_number", s.SectionNumber);
        w.WriteString("expression", s.Expression);
        w.WriteString("external_expression", s.Expression);
        w.WriteString("gradebooktype", "2");
        w.WriteNumber("school_id", s.SchoolDcid);
        w.WriteNumber("staff_id", s.StaffId);
        w.WriteNumber("term_id", s.TermId);
        w.WriteEndObject();
    }

    /// <summary>The <c>addresses.physical</c> and <c>phones.main</c> blocks a school and the district share.</summary>
    internal static void AddressAndPhone(Utf8JsonWriter w, string? street, string? city, string? state, string? zip, string? phone)
    {
        w.WriteStartObject("addresses");
        w.WriteStartObject("physical");
        w.WriteIfSet("street", street);
        w.WriteIfSet("city", city);
        w.WriteIfSet("state_province", state);
        w.WriteIfSet("postal_code", zip);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("phones");
        w.WriteStartObject("main");
        w.WriteIfSet("number", phone);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
