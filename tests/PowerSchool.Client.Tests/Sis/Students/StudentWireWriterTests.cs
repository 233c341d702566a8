using System.Text;
using PowerSchool.Client.Sis.Students;

namespace PowerSchool.Client.Tests.Sis.Students;

/// <summary>The exact body of a student POST, written from field paths.</summary>
public sealed class StudentWireWriterTests
{
    [Fact]
    public void Paths_become_nested_blocks_with_numbers_as_json_numbers_and_dates_as_strings()
    {
        // Given out of catalogue order: the writer still puts each block's fields in one object.
        var insert = new StudentWrite
        {
            Action = StudentWriteAction.Insert,
            ClientUid = "sub-1",
            Fields = new Dictionary<string, string>
            {
                ["school_enrollment.full_time_equivalency.fteid"] = "12",
                ["name.last_name"] = "Quintero",
                ["school_enrollment.grade_level"] = "-1",
                ["local_id"] = "900123",
                ["school_enrollment.entry_date"] = "2026-08-20",
                ["name.first_name"] = "Ines",
                ["school_enrollment.enroll_status"] = "P",
            },
        };
        var update = StudentBuilder.Update(10001, new Dictionary<string, string> { ["contact.mother"] = "", ["demographics.birth_date"] = "" }, "sub-2");

        var body = Written(insert, update);

        Assert.Equal(
            """
            {"students":{"student":[
            {"client_uid":"sub-1","action":"INSERT","local_id":900123,"name":{"last_name":"Quintero","first_name":"Ines"},
             "school_enrollment":{"enroll_status":"P","grade_level":-1,"entry_date":"2026-08-20","full_time_equivalency":{"fteid":12}}},
            {"client_uid":"sub-2","action":"UPDATE","id":10001,"contact":{"mother":""},"demographics":{"birth_date":null}}
            ]}}
            """.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal),
            body);
    }

    [Fact]
    public void Extension_tables_are_written_as_extension_data_after_the_fields()
    {
        var update = StudentBuilder.Update(10002, new Dictionary<string, string> { ["state_province_id"] = "ST-1" }, "x") with
        {
            Extensions = [new StudentExtensionWrite("u_students_extension", new Dictionary<string, string?> { ["preferredname"] = "Jo" })],
        };

        Assert.Equal(
            """
            {"students":{"student":[{"client_uid":"x","action":"UPDATE","id":10002,"state_province_id":"ST-1",
            "_extension_data":{"_table_extension":[{"name":"u_students_extension","_field":[{"name":"preferredname","type":"String","value":"Jo"}]}]}}]}}
            """.Replace("\n", "", StringComparison.Ordinal),
            Written(update));
    }

    [Fact]
    public void A_path_outside_the_catalogue_is_refused_naming_the_record_and_the_path()
    {
        var unknown = StudentBuilder.Insert("Quintero").With(new Dictionary<string, string> { ["fees.balance"] = "12" });

        var error = Assert.Throws<ArgumentException>(() => StudentWriteMapper.Prepare([StudentBuilder.Insert("Okafor"), unknown]));

        Assert.Contains("students[1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("'fees.balance' is not a writable student field", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("school_enrollment.grade_level", "K", "is not a whole number")]
    [InlineData("demographics.birth_date", "04/20/2015", "is not a date in YYYY-MM-DD form")]
    public void A_value_its_field_json_type_cannot_carry_is_refused_without_quoting_it(string path, string value, string problem)
    {
        var write = StudentBuilder.Insert("Quintero").With(new Dictionary<string, string> { [path] = value });

        var error = Assert.Throws<ArgumentException>(() => StudentWriteMapper.Prepare([write]));

        Assert.Contains($"students[0]: {path} {problem}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    private static string Written(params StudentWrite[] writes) =>
        Encoding.UTF8.GetString(StudentWireWriter.Write(StudentWriteMapper.Prepare(writes)));
}
