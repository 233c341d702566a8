using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Tests.Mapping;

public sealed class StudentValidatorTests
{
    private static Dictionary<string, string> ValidInsert() => new()
    {
        ["name.first_name"] = "Alice",
        ["name.last_name"] = "Smith",
        ["school_enrollment.grade_level"] = "3",
        ["school_enrollment.entry_date"] = "2026-08-24",
        ["school_enrollment.exit_date"] = "2027-06-12",
        ["school_enrollment.school_number"] = "100",
    };

    private static IReadOnlyList<RejectionReason> Insert(Action<Dictionary<string, string>> change)
    {
        var fields = ValidInsert();
        change(fields);
        return StudentValidator.Validate(fields, forInsert: true, DeliveryRecordBuilder.Schools);
    }

    private static RejectionReason Single(IReadOnlyList<RejectionReason> reasons, string field)
    {
        var reason = Assert.Single(reasons);
        Assert.Equal(field, reason.Field);
        return reason;
    }

    [Fact]
    public void Valid_insert_has_no_reasons() => Assert.Empty(Insert(_ => { }));

    [Theory]
    [InlineData("name.first_name")]
    [InlineData("name.last_name")]
    [InlineData("school_enrollment.grade_level")]
    [InlineData("school_enrollment.entry_date")]
    [InlineData("school_enrollment.exit_date")]
    [InlineData("school_enrollment.school_number")]
    public void Each_field_required_on_insert_is_named_when_missing(string path)
    {
        var reason = Single(Insert(fields => fields.Remove(path)), path);

        Assert.Equal("is missing", reason.Problem);
        Assert.Contains("required when enrolling a new student", reason.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_does_not_need_the_insert_fields() =>
        Assert.Empty(StudentValidator.Validate(new Dictionary<string, string> { ["name.middle_name"] = "Rose" }, forInsert: false));

    [Theory]
    [InlineData("name.first_name", 50)]
    [InlineData("name.last_name", 50)]
    [InlineData("name.middle_name", 30)]
    [InlineData("state_province_id", 32)]
    [InlineData("contact.emergency_contact_name1", 60)]
    [InlineData("phones.main.number", 30)]
    [InlineData("addresses.physical.state_province", 2)]
    public void Values_one_character_too_long_are_rejected_with_the_length_not_the_value(string path, int max)
    {
        var tooLong = new string('x', max + 1);
        var reasons = StudentValidator.Validate(new Dictionary<string, string> { [path] = tooLong }, forInsert: false)
            .Where(reason => reason.Field == path).ToList();

        var reason = Assert.Single(reasons);
        Assert.Equal($"is {max + 1} characters long", reason.Problem);
        Assert.Contains($"at most {max} characters", reason.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_exactly_at_the_limit_is_accepted() =>
        Assert.Empty(Insert(fields => fields["name.first_name"] = new string('é', 50)));

    [Theory]
    [InlineData("M", true)]
    [InlineData("F", true)]
    [InlineData("X", false)]
    [InlineData("m", false)]
    public void Gender_must_be_M_or_F(string gender, bool valid)
    {
        var reasons = Insert(fields => fields["demographics.gender"] = gender);

        Assert.Equal(valid, reasons.Count == 0);
        if (!valid)
        {
            Assert.Equal("is not M or F", Single(reasons, "demographics.gender").Problem);
        }
    }

    [Theory]
    [InlineData("04/20/2019")]
    [InlineData("2019-02-30")]
    [InlineData("2019-4-2")]
    public void Dates_must_be_calendar_dates_in_YYYY_MM_DD(string date)
    {
        var reason = Single(Insert(fields => fields["demographics.birth_date"] = date), "demographics.birth_date");

        Assert.Contains("YYYY-MM-DD", reason.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A", true)]
    [InlineData("p", true)]
    [InlineData("H", true)]
    [InlineData("I", true)]
    [InlineData("G", false)]
    [InlineData("T", false)]
    [InlineData("Z", false)]
    public void Enroll_status_on_insert_is_restricted_to_A_I_P_H(string status, bool valid) =>
        Assert.Equal(valid, Insert(fields => fields["school_enrollment.enroll_status"] = status).Count == 0);

    [Theory]
    [InlineData("0", true)]
    [InlineData("-1", true)]
    [InlineData("2", false)]
    [InlineData("3", false)]
    public void Enroll_status_code_on_insert_cannot_be_2_or_3(string code, bool valid) =>
        Assert.Equal(valid, Insert(fields => fields["school_enrollment.enroll_status_code"] = code).Count == 0);

    [Fact]
    public void Enroll_status_and_code_together_are_rejected()
    {
        var reasons = Insert(fields =>
        {
            fields["school_enrollment.enroll_status"] = "A";
            fields["school_enrollment.enroll_status_code"] = "0";
        });

        Single(reasons, "school_enrollment.enroll_status_code");
    }

    [Fact]
    public void Partial_physical_address_names_each_missing_part()
    {
        var reasons = Insert(fields => fields["addresses.physical.street"] = "12 Oak Street");

        Assert.Equal(
            ["addresses.physical.city", "addresses.physical.state_province", "addresses.physical.postal_code"],
            reasons.Select(reason => reason.Field));
        Assert.All(reasons, reason => Assert.Contains("all-or-nothing", reason.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public void Full_physical_address_without_grid_location_is_accepted() =>
        Assert.Empty(Insert(fields =>
        {
            fields["addresses.physical.street"] = "12 Oak Street";
            fields["addresses.physical.city"] = "Springfield";
            fields["addresses.physical.state_province"] = "IL";
            fields["addresses.physical.postal_code"] = "62704";
        }));

    [Fact]
    public void Grid_location_alone_still_requires_the_rest_of_the_block() =>
        Assert.Equal(4, Insert(fields => fields["addresses.mailing.grid_location"] = "39.78,-89.65").Count);

    [Theory]
    [InlineData("contact.emergency_contact_name1", "contact.emergency_phone1")]
    [InlineData("contact.emergency_phone1", "contact.emergency_contact_name1")]
    [InlineData("contact.emergency_contact_name2", "contact.emergency_phone2")]
    [InlineData("contact.emergency_phone2", "contact.emergency_contact_name2")]
    [InlineData("contact.doctor_name", "contact.doctor_phone")]
    [InlineData("contact.doctor_phone", "contact.doctor_name")]
    public void Contact_name_and_phone_pairs_go_together(string given, string missing)
    {
        var reason = Single(Insert(fields => fields[given] = given.Contains("phone", StringComparison.Ordinal) ? "217-555-0100" : "Jane Smith"), missing);

        Assert.Contains(given, reason.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_school_number_is_rejected() =>
        Assert.Equal("names no school in the SIS schools list", Single(Insert(fields => fields["school_enrollment.school_number"] = "999"), "school_enrollment.school_number").Problem);

    [Fact]
    public void Grade_outside_the_school_range_is_rejected() =>
        Single(Insert(fields => fields["school_enrollment.grade_level"] = "9"), "school_enrollment.grade_level");

    [Fact]
    public void Exit_date_not_after_entry_date_is_rejected() =>
        Single(Insert(fields => fields["school_enrollment.exit_date"] = "2026-08-24"), "school_enrollment.exit_date");

    [Fact]
    public void Control_characters_are_rejected() =>
        Single(Insert(fields => fields["name.last_name"] = "Smith\nDROP"), "name.last_name");

    [Fact]
    public void Name_may_not_be_updated_to_blank() =>
        Assert.Equal("is blank", Single(StudentValidator.Validate(new Dictionary<string, string> { ["name.last_name"] = "" }, forInsert: false), "name.last_name").Problem);

    [Fact]
    public void Insert_only_field_cannot_be_updated() =>
        Single(StudentValidator.Validate(new Dictionary<string, string> { ["school_enrollment.grade_level"] = "4" }, forInsert: false), "school_enrollment.grade_level");

    [Fact]
    public void Unknown_field_is_rejected() =>
        Single(StudentValidator.Validate(new Dictionary<string, string> { ["name.nickname"] = "Al" }, forInsert: false), "name.nickname");

    [Theory]
    [InlineData("jane@example.org", true)]
    [InlineData("jane.example.org", false)]
    [InlineData("jane@@example.org", false)]
    [InlineData("jane smith@example.org", false)]
    public void Email_fields_must_hold_an_address(string email, bool valid) =>
        Assert.Equal(valid, StudentValidator.Validate(new Dictionary<string, string> { ["contact.guardian_email"] = email }, forInsert: false).Count == 0);

    [Fact]
    public void Catalogue_marks_school_enrollment_fields_insert_only_and_names_updatable()
    {
        Assert.False(SisStudentFields.Find("school_enrollment.entry_date")!.Updatable);
        Assert.True(SisStudentFields.Find("name.first_name")!.Updatable);
        Assert.Equal(50, SisStudentFields.Find("name.first_name")!.MaxLength);
        Assert.Equal(6, SisStudentFields.All.Count(field => field.RequiredOnInsert));
    }
}
