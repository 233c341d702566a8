using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Tests.Students;

namespace PsFunctions.Sync.Tests.Mapping;

/// <summary>The mapping file's per-field policies: what loads, what is refused (naming the entry and the rule), and what a mapped record says about its fields.</summary>
public sealed class FieldPolicyTests
{
    [Theory]
    [InlineData("name.first_name", "onUpdate", "overwrite", "fields.name.first_name: onUpdate 'overwrite' is not a policy (known: write, keep, flag)")]
    [InlineData("contact.guardian_email", "onInvalid", "ignore", "fields.contact.guardian_email: onInvalid 'ignore' is not a policy (known: reject, drop)")]
    [InlineData("school_enrollment.grade_level", "onUpdate", "write", "fields.school_enrollment.grade_level: onUpdate 'write' cannot work: the SIS sets Students.Grade_Level on INSERT only (data dictionary); use flag or keep")]
    [InlineData("name.last_name", "onInvalid", "drop", "fields.name.last_name: onInvalid 'drop' is only for optional fields; the SIS requires Students.Last_Name when enrolling a new student (data dictionary)")]
    [InlineData("demographics.birth_date", "onInvalid", "drop", "fields.demographics.birth_date: onInvalid 'drop' is only for optional fields; the entry is required: true")]
    [InlineData("local_id", "onInvalid", "drop", "fields.local_id: onInvalid 'drop' is only for optional fields; the field is a match key: dropping it would change which SIS student the record matches")]
    public void A_policy_that_cannot_work_is_refused_naming_the_entry_and_the_rule(string path, string policy, string word, string error)
    {
        using var mapping = new PolicyMapping().With(path, policy, word);

        var exception = Assert.Throws<MappingFileException>(mapping.Parse);

        Assert.Equal(error, Assert.Single(exception.Errors));
    }

    [Fact]
    public void Policies_load_and_fields_without_one_take_the_defaults()
    {
        using var file = new PolicyMapping()
            .With("name.first_name", "onUpdate", "keep")
            .With("contact.guardian_email", "onUpdate", "flag")
            .With("phones.main.number", "onInvalid", "drop")
            .With("school_enrollment.school_number", "onUpdate", "keep");

        var mapping = file.Parse();

        Assert.Equal(
            [FieldUpdatePolicy.Keep, FieldUpdatePolicy.Flag, FieldUpdatePolicy.Write, FieldUpdatePolicy.Flag, FieldUpdatePolicy.Keep],
            [mapping.OnUpdate("name.first_name"), mapping.OnUpdate("contact.guardian_email"), mapping.OnUpdate("name.last_name"),
                mapping.OnUpdate("school_enrollment.grade_level"), mapping.OnUpdate("school_enrollment.school_number")]);
        Assert.Equal(
            [FieldInvalidPolicy.Drop, FieldInvalidPolicy.Reject],
            [mapping.OnInvalid("phones.main.number"), mapping.OnInvalid("contact.guardian_email")]);
    }

    [Fact]
    public void A_mapped_record_says_which_fields_came_from_the_mappings_defaults()
    {
        var student = new DeliveryRecordBuilder().Map().Student!;

        Assert.Equal(
            ["school_enrollment.enroll_status", "school_enrollment.entry_date", "school_enrollment.exit_date"],
            student.Defaulted.Order(StringComparer.Ordinal));
        Assert.True(student.IsRequested("school_enrollment.school_number"));
        Assert.False(student.IsRequested("school_enrollment.entry_date"));
    }

    [Fact]
    public void A_dropped_value_that_breaks_a_rule_spanning_fields_still_rejects_the_record()
    {
        // The emergency contact's name is given, so its phone may not go missing (data dictionary, student/contact).
        using var mapping = new PolicyMapping().With("contact.emergency_phone1", "onInvalid", "drop");

        var outcome = new DeliveryRecordBuilder().With("data.parent1.cellPhone", "12").Map(mapping.Parse());

        Assert.False(outcome.IsMapped);
        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal(("contact.emergency_phone1", "is missing while contact.emergency_contact_name1 is given"), (reason.Field, reason.Problem));
    }

    [Fact]
    public void A_value_too_long_for_the_SIS_is_dropped_after_its_transforms_with_the_value_it_had()
    {
        using var mapping = new PolicyMapping().With("name.middle_name", "onInvalid", "drop");
        var tooLong = new string('x', 31);

        var student = new DeliveryRecordBuilder().Student("middleName", tooLong).Map(mapping.Parse()).Student!;

        var dropped = Assert.Single(student.Dropped);
        Assert.Equal(("name.middle_name", tooLong, "is 31 characters long"), (dropped.Path, dropped.RequestedValue, dropped.Reason.Problem));
        Assert.False(student.Fields.ContainsKey("name.middle_name"));
    }

    [Theory]
    [InlineData("name.last_name", " Smith ", "SMITH", true)]
    [InlineData("name.last_name", "Mary  Ann", "Mary Ann", true)]
    [InlineData("name.last_name", "Smith", "Smyth", false)]
    [InlineData("school_enrollment.school_number", "0100", "100", true)]
    [InlineData("school_enrollment.grade_level", "5", "6", false)]
    [InlineData("demographics.birth_date", "2019-04-20", "2019-04-20", true)]
    [InlineData("demographics.birth_date", "2019-04-20", "2019-04-21", false)]
    [InlineData("contact.guardian_email", "", null, true)]
    [InlineData("contact.guardian_email", "a@example.org", null, false)]
    public void Values_are_compared_with_the_SIS_in_one_way(string path, string requested, string? sis, bool same) =>
        Assert.Equal(same, FieldValueComparison.Same(SisStudentFields.Find(path)!, requested, sis));
}
