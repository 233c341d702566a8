using System.Globalization;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Schools;
using PowerSchool.Client.Sis.Students;

namespace PowerSchool.Client.Tests.Sis.Students;

/// <summary>Student writes the simulator accepts, varied by last name, and field changes to them.</summary>
internal static class StudentBuilder
{
    public static StudentWrite Insert(string lastName, string? clientUid = null, long schoolNumber = 100, int grade = 3) => new()
    {
        Action = StudentWriteAction.Insert,
        ClientUid = clientUid,
        Fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name.first_name"] = "Testa",
            ["name.last_name"] = lastName,
            ["demographics.birth_date"] = "2015-04-20",
            ["demographics.gender"] = "F",
            ["school_enrollment.school_number"] = schoolNumber.ToString(CultureInfo.InvariantCulture),
            ["school_enrollment.grade_level"] = grade.ToString(CultureInfo.InvariantCulture),
            ["school_enrollment.entry_date"] = "2026-08-20",
            ["school_enrollment.exit_date"] = "2027-06-10",
            ["school_enrollment.enroll_status"] = "A",
        },
    };

    public static StudentWrite Update(long dcid, IReadOnlyDictionary<string, string> fields, string? clientUid = null) =>
        new() { Action = StudentWriteAction.Update, Dcid = dcid, ClientUid = clientUid, Fields = fields };

    /// <summary>The write with <paramref name="fields"/> added (or replacing those of the same path).</summary>
    public static StudentWrite With(this StudentWrite write, IReadOnlyDictionary<string, string> fields)
    {
        var merged = new Dictionary<string, string>(write.Fields, StringComparer.Ordinal);
        foreach (var (path, value) in fields)
        {
            merged[path] = value;
        }

        return write with { Fields = merged };
    }

    public static StudentWrite Without(this StudentWrite write, string path) =>
        write with { Fields = write.Fields.Where(pair => pair.Key != path).ToDictionary(StringComparer.Ordinal) };

    /// <summary>The first school the SIS lists (students are inserted there, in its lowest grade).</summary>
    public static async Task<SisSchool> FirstSchoolAsync(ISisClient sis)
    {
        await foreach (var school in sis.GetSchoolsAsync())
        {
            return school;
        }

        throw new InvalidOperationException("no schools");
    }
}
