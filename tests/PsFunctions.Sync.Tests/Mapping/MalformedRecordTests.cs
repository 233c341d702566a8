using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Tests.Mapping;

/// <summary>Malformed and hostile delivery records: each ends mapped, or rejected with its reasons.</summary>
public sealed class MalformedRecordTests
{
    [Theory]
    [InlineData("Zoë", "Núñez-García")]
    [InlineData("D'Andre", "O'Connor")]
    [InlineData("Mary-Kate", "Smith-Jones")]
    [InlineData("Łukasz", "Żółć")]
    [InlineData("Nguyễn", "Thị")]
    [InlineData("美咲", "山田")]
    public void Names_with_non_ASCII_letters_apostrophes_and_hyphens_are_accepted(string first, string last)
    {
        var outcome = new DeliveryRecordBuilder().Student("firstName", first).Student("lastName", last).Map();

        Assert.True(outcome.IsMapped, string.Join("; ", outcome.Reasons));
        Assert.Equal(first, outcome.Student.Fields["name.first_name"]);
        Assert.Equal(last, outcome.Student.Keys.LastName);
    }

    [Fact]
    public void Decomposed_accents_count_as_one_character()
    {
        var decomposed = new string('e', 25) + string.Concat(Enumerable.Repeat("e\u0301", 25));

        var outcome = new DeliveryRecordBuilder().Student("lastName", decomposed).Map();

        Assert.True(outcome.IsMapped, string.Join("; ", outcome.Reasons));
        Assert.Equal(50, outcome.Student.Fields["name.last_name"].Length);
    }

    [Fact]
    public void Overlong_first_name_is_rejected_not_truncated_and_the_reason_holds_no_name()
    {
        var name = new string('A', 61);

        var outcome = new DeliveryRecordBuilder().Student("firstName", name).Map();

        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal("name.first_name", reason.Field);
        Assert.Equal("is 61 characters long", reason.Problem);
        Assert.DoesNotContain(name, reason.Problem + reason.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_birth_date_is_rejected_once_naming_its_source()
    {
        var outcome = new DeliveryRecordBuilder().Student("birthDate", "13/45/2019").Map();

        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal("demographics.birth_date", reason.Field);
        Assert.Contains("data.student.birthDate", reason.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_school_is_rejected_once()
    {
        var outcome = new DeliveryRecordBuilder().Student("school", "Springfield Academy of Wizardry").Map();

        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal("school_enrollment.school_number", reason.Field);
        Assert.Equal("names no school in the SIS schools list (from data.student.schoolNumber, data.student.school)", reason.Problem);
    }

    [Fact]
    public void Missing_names_and_birth_date_are_all_reported_together()
    {
        var outcome = new DeliveryRecordBuilder()
            .Student("firstName", "   ")
            .Student("lastName", null)
            .Student("birthDate", "")
            .Map();

        Assert.Equal(
            ["demographics.birth_date", "name.first_name", "name.last_name"],
            outcome.Reasons.Select(reason => reason.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Hostile_record_with_markup_control_characters_and_an_object_for_a_name_is_rejected_with_each_reason()
    {
        var outcome = new DeliveryRecordBuilder()
            .Student("firstName", "<script>alert(1)</script>\u0000")
            .With("data.student.lastName", new System.Text.Json.Nodes.JsonObject { ["$ne"] = "" })
            .Student("gender", "attack helicopter")
            .Student("grade", "13")
            .With("data.address.zip", "62704; DROP TABLE students")
            .Map();

        Assert.False(outcome.IsMapped);
        Assert.Equal(
            ["addresses.physical.postal_code", "demographics.gender", "name.first_name", "name.last_name", "school_enrollment.grade_level"],
            outcome.Reasons.Select(reason => reason.Field).Order(StringComparer.Ordinal));
        Assert.All(outcome.Reasons, reason => Assert.DoesNotContain("script", reason.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Numbers_in_the_record_are_read_as_text()
    {
        var outcome = new DeliveryRecordBuilder()
            .With("data.student.studentID", 112036)
            .With("data.student.grade", 2)
            .Map();

        Assert.True(outcome.IsMapped, string.Join("; ", outcome.Reasons));
        Assert.Equal("112036", outcome.Student.Fields["local_id"]);
        Assert.Equal("2", outcome.Student.Fields["school_enrollment.grade_level"]);
    }

    [Fact]
    public void Half_filled_second_parent_breaks_the_emergency_pair_rule()
    {
        var outcome = new DeliveryRecordBuilder().With("data.parent2.firstName", "John").Map();

        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal("contact.emergency_phone2", reason.Field);
    }

    [Fact]
    public void Empty_record_is_rejected_with_its_id_and_required_fields()
    {
        var record = System.Text.Json.JsonDocument.Parse("{}").RootElement;

        var outcome = StudentMappingLoader.DefaultMapping.Map(record, DeliveryRecordBuilder.Context);

        Assert.Equal(string.Empty, outcome.SubmissionId);
        Assert.Contains(outcome.Reasons, reason => reason.Field == "submission id");
        Assert.Contains(outcome.Reasons, reason => reason.Field == "school_enrollment.grade_level");
    }

    // The deliberate flaws the Enrollment simulator puts into submissions (FlawApplier in the simulator).
    [Theory]
    [InlineData("lastName", "", "name.last_name")]
    [InlineData("birthDate", "02/30/2015", "demographics.birth_date")]
    [InlineData("school", "Springfield Academy of Nowhere", "school_enrollment.school_number")]
    [InlineData("grade", "13", "school_enrollment.grade_level")]
    public void Simulator_flaws_are_rejected_naming_the_field(string property, string value, string field)
    {
        var outcome = new DeliveryRecordBuilder().Student(property, value).Map();

        Assert.Equal(field, Assert.Single(outcome.Reasons).Field);
    }

    [Fact]
    public void Unknown_student_number_is_mapped_for_the_upsert_flow_to_resolve()
    {
        var outcome = new DeliveryRecordBuilder().Student("studentID", "99999999").Map();

        Assert.True(outcome.IsMapped);
        Assert.Equal("99999999", outcome.Student.Keys.StudentNumber);
    }
}
