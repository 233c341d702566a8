using System.Text.Json.Nodes;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Students;

/// <summary>Each data-dictionary rule on its own: the record is refused naming the field and the rule.</summary>
public sealed class StudentValidationTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    public static TheoryData<string, string, string> InsertCases() => new()
    {
        { "missing first name", "name/first_name", "MISSING_REQUIRED_FIELD" },
        { "missing last name", "name/last_name", "MISSING_REQUIRED_FIELD" },
        { "missing grade level", "school_enrollment/grade_level", "MISSING_REQUIRED_FIELD" },
        { "missing entry date", "school_enrollment/entry_date", "MISSING_REQUIRED_FIELD" },
        { "missing exit date", "school_enrollment/exit_date", "MISSING_REQUIRED_FIELD" },
        { "missing school number", "school_enrollment/school_number", "MISSING_REQUIRED_FIELD" },
        { "missing enroll status", "school_enrollment/enroll_status", "MISSING_REQUIRED_FIELD" },
    };

    [Theory]
    [MemberData(nameof(InsertCases))]
    public async Task Insert_without_a_required_field_is_refused(string because, string path, string code)
    {
        Assert.NotNull(because);
        var error = await SingleErrorAsync(StudentBodies.Insert().Without(path));

        Assert.Equal($"student/{path}", error.Field);
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData("school_enrollment/school_number", "999", "INVALID_SCHOOL_NUMBER")]
    [InlineData("school_enrollment/enroll_status", "T", "INVALID_ENROLL_STATUS")]
    [InlineData("school_enrollment/enroll_status", "G", "INVALID_ENROLL_STATUS")]
    [InlineData("name/first_name", "An overly long first name that runs past fifty characters", "INVALID_LENGTH")]
    [InlineData("name/middle_name", "A middle name longer than thirty chars", "INVALID_LENGTH")]
    [InlineData("student_username", "a-username-of-more-than-twenty", "INVALID_LENGTH")]
    [InlineData("demographics/gender", "X", "INVALID_GENDER")]
    [InlineData("demographics/birth_date", "09/01/2015", "INVALID_DATE")]
    [InlineData("school_enrollment/entry_date", "2026-02-30", "INVALID_DATE")]
    [InlineData("school_enrollment/grade_level", "third", "INVALID_NUMBER")]
    [InlineData("school_enrollment/grade_level", "99999999999", "INVALID_NUMBER")]
    [InlineData("school_enrollment/track", "Z", "INVALID_TRACK")]
    [InlineData("contact/guardian_email", "marisol at family.example", "INVALID_EMAIL")]
    [InlineData("contact/guardian_email", "marisol@@family.example", "INVALID_EMAIL")]
    [InlineData("contact_info/email", "inés q@family.example", "INVALID_EMAIL")]
    [InlineData("contact/guardian_fax", "217-555-0190 extension 4471 (office)", "INVALID_LENGTH")]
    [InlineData("contact/mother", "Marisol Esperanza Quintero de la Fuente y Villaseñor-Altamirano", "INVALID_LENGTH")]
    [InlineData("schedule_setup/home_room", "Room 12B in the north wing, past the library, second door on the left", "INVALID_LENGTH")]
    [InlineData("schedule_setup/next_school", "12345", "INVALID_NEXT_SCHOOL")]
    [InlineData("schedule_setup/next_school", "high school", "INVALID_NUMBER")]
    [InlineData("schedule_setup/sched_next_year_grade", "fourth", "INVALID_NUMBER")]
    [InlineData("initial_enrollment/district_entry_grade_level", "K", "INVALID_NUMBER")]
    [InlineData("initial_enrollment/school_entry_date", "2024-13-01", "INVALID_DATE")]
    public async Task Insert_with_a_bad_value_is_refused(string path, string value, string code)
    {
        var error = await SingleErrorAsync(StudentBodies.Insert().With(path, value));

        Assert.Equal($"student/{path}", error.Field);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task Address_part_over_its_length_is_refused()
    {
        var student = StudentBodies.Insert().With("addresses/physical/street", "1 Main St").With("addresses/physical/city", "Springfield")
            .With("addresses/physical/state_province", "Texas").With("addresses/physical/postal_code", "75001");
        var error = await SingleErrorAsync(student);

        Assert.Equal(("student/addresses/physical/state_province", "INVALID_LENGTH"), error);
    }

    [Fact]
    public async Task Enroll_status_and_code_together_are_refused()
    {
        var error = await SingleErrorAsync(StudentBodies.Insert().With("school_enrollment/enroll_status_code", "0"));

        Assert.Equal("INVALID_ENROLL_STATUS", error.Code);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("3")]
    public async Task Insert_with_transferred_or_graduated_code_is_refused(string code)
    {
        var error = await SingleErrorAsync(StudentBodies.Insert().Without("school_enrollment/enroll_status").With("school_enrollment/enroll_status_code", code));

        Assert.Equal("student/school_enrollment/enroll_status_code", error.Field);
    }

    [Theory]
    [InlineData("p")]
    [InlineData("H")]
    [InlineData("i")]
    public async Task Insert_accepts_the_insertable_status_letters_in_either_case(string letter)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Insert().With("school_enrollment/enroll_status", letter)));

        Assert.Equal("SUCCESS", body.GetProperty("results").GetProperty("result").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Partial_physical_address_is_refused_naming_the_missing_parts()
    {
        var student = StudentBodies.Insert().With("addresses/physical/street", "1 Main St").With("addresses/physical/city", "Springfield");
        var errors = await ErrorsAsync(student);

        Assert.Equal(["student/addresses/physical/state_province", "student/addresses/physical/postal_code"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("INCOMPLETE_ADDRESS", e.Code));
    }

    [Theory]
    [InlineData("contact/emergency_contact_name1", "contact/emergency_phone1")]
    [InlineData("contact/emergency_phone2", "contact/emergency_contact_name2")]
    [InlineData("contact/doctor_name", "contact/doctor_phone")]
    [InlineData("contact/doctor_phone", "contact/doctor_name")]
    public async Task Contact_pairs_must_come_together(string given, string missing)
    {
        var error = await SingleErrorAsync(StudentBodies.Insert().With(given, "Someone 555-0100"));

        Assert.Equal($"student/{missing}", error.Field);
        Assert.Equal("INCOMPLETE_CONTACT", error.Code);
    }

    [Theory]
    [InlineData("contact/emergency_contact_name1", "contact/emergency_phone1")]
    [InlineData("contact/doctor_name", "contact/doctor_phone")]
    public async Task Contact_phone_over_thirty_characters_is_refused(string namePath, string phonePath)
    {
        var student = StudentBodies.Insert().With(namePath, "Marisol Quintero").With(phonePath, "217-555-0143 ext 4471 after six pm");

        Assert.Equal(($"student/{phonePath}", "INVALID_LENGTH"), await SingleErrorAsync(student));
    }

    [Fact]
    public async Task Update_of_an_unknown_student_is_refused()
    {
        var error = await SingleErrorAsync(StudentBodies.Update(999_999));

        Assert.Equal("student/id", error.Field);
        Assert.Equal("INVALID_ID", error.Code);
    }

    [Theory]
    [InlineData("name/first_name")]
    [InlineData("name/last_name")]
    public async Task Update_to_a_blank_name_is_refused(string path)
    {
        var error = await SingleErrorAsync(StudentBodies.Update(1).With(path, " "));

        Assert.Equal($"student/{path}", error.Field);
        Assert.Equal("BLANK_NAME", error.Code);
    }

    [Fact]
    public async Task Update_cannot_set_school_enrollment()
    {
        var error = await SingleErrorAsync(StudentBodies.Update(1).With("school_enrollment/grade_level", "4"));

        Assert.Equal("student/school_enrollment/grade_level", error.Field);
        Assert.Equal("INSERT_ONLY_FIELD", error.Code);
    }

    [Fact]
    public async Task Unknown_action_is_refused()
    {
        var error = await SingleErrorAsync(StudentBodies.Insert().With("action", "DELETE"));

        Assert.Equal("student/action", error.Field);
        Assert.Equal("INVALID_ACTION", error.Code);
    }

    [Fact]
    public async Task Several_broken_rules_come_back_as_an_array()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Insert().Without("name/first_name").With("demographics/gender", "Q")));

        var errors = body.GetProperty("results").GetProperty("result").GetProperty("error_message").GetProperty("error");
        Assert.Equal(System.Text.Json.JsonValueKind.Array, errors.ValueKind);
        Assert.Equal(2, errors.GetArrayLength());
    }

    private async Task<(string Field, string Code)> SingleErrorAsync(JsonObject student) => Assert.Single(await ErrorsAsync(student));

    private async Task<List<(string Field, string Code)>> ErrorsAsync(JsonObject student)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(student));
        var result = body.GetProperty("results").GetProperty("result");
        Assert.Equal("ERROR", result.GetProperty("status").GetString());
        return result.GetProperty("error_message").Items("error")
            .Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("error_code").GetString()!))
            .ToList();
    }
}
