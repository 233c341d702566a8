using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Tests.Mapping;

public sealed class DefaultMappingTests
{
    [Fact]
    public void New_student_maps_to_SIS_field_paths_with_school_year_defaults()
    {
        var outcome = new DeliveryRecordBuilder().Map();

        Assert.True(outcome.IsMapped, string.Join("; ", outcome.Reasons));
        var fields = outcome.Student.Fields;
        Assert.Equal("4711", outcome.Student.SubmissionId);
        Assert.Equal("Alice", fields["name.first_name"]);
        Assert.Equal("Rose", fields["name.middle_name"]);
        Assert.Equal("Smith", fields["name.last_name"]);
        Assert.Equal("2019-04-20", fields["demographics.birth_date"]);
        Assert.Equal("F", fields["demographics.gender"]);
        Assert.Equal("0", fields["school_enrollment.grade_level"]);
        Assert.Equal("100", fields["school_enrollment.school_number"]);
        Assert.Equal("2026-08-24", fields["school_enrollment.entry_date"]);
        Assert.Equal("2027-06-12", fields["school_enrollment.exit_date"]);
        Assert.Equal("A", fields["school_enrollment.enroll_status"]);
        Assert.Equal("IL", fields["addresses.physical.state_province"]);
        Assert.Equal("217-555-0100", fields["phones.main.number"]);
        Assert.Equal("Jane Smith", fields["contact.emergency_contact_name1"]);
        Assert.Equal("217-555-0101", fields["contact.emergency_phone1"]);
        Assert.Equal("jane.smith@example.org", fields["contact.guardian_email"]);
        Assert.False(fields.ContainsKey("local_id"));
        Assert.False(fields.ContainsKey("contact.emergency_contact_name2"));
    }

    [Fact]
    public void New_student_keys_are_names_and_birth_date_only()
    {
        var outcome = new DeliveryRecordBuilder().Map();

        Assert.True(outcome.IsMapped);
        Assert.Equal(new StudentMatchKeys(null, null, "Smith", "Alice", new DateOnly(2019, 4, 20)), outcome.Student.Keys);
    }

    [Fact]
    public void Re_enrolment_with_student_number_carries_it_as_local_id_and_key()
    {
        var outcome = new DeliveryRecordBuilder()
            .Student("studentID", " 112036 ")
            .Student("grade", "7")
            .Student("school", "Lincoln Middle School")
            .Map();

        Assert.True(outcome.IsMapped, string.Join("; ", outcome.Reasons));
        Assert.Equal("112036", outcome.Student.Fields["local_id"]);
        Assert.Equal("112036", outcome.Student.Keys.StudentNumber);
        Assert.Equal("200", outcome.Student.Fields["school_enrollment.school_number"]);
    }

    [Fact]
    public void Re_enrolment_with_state_id_carries_it_as_state_province_id_and_key()
    {
        var outcome = new DeliveryRecordBuilder().Student("stateID", "IL-99887766").Map();

        Assert.True(outcome.IsMapped, string.Join("; ", outcome.Reasons));
        Assert.Equal("IL-99887766", outcome.Student.Fields["state_province_id"]);
        Assert.Equal("IL-99887766", outcome.Student.Keys.StateId);
        Assert.Null(outcome.Student.Keys.StudentNumber);
    }

    [Fact]
    public void School_number_on_the_form_wins_over_the_school_name()
    {
        var outcome = new DeliveryRecordBuilder().Student("schoolNumber", "300").Student("grade", "10").Map();

        Assert.True(outcome.IsMapped, string.Join("; ", outcome.Reasons));
        Assert.Equal("300", outcome.Student.Fields["school_enrollment.school_number"]);
    }

    [Fact]
    public void Second_parent_becomes_emergency_contact_two()
    {
        var outcome = new DeliveryRecordBuilder()
            .With("data.parent2.firstName", "John")
            .With("data.parent2.lastName", "Smith")
            .With("data.parent2.homePhone", "1-217-555-0199")
            .Map();

        Assert.True(outcome.IsMapped, string.Join("; ", outcome.Reasons));
        Assert.Equal("John Smith", outcome.Student.Fields["contact.emergency_contact_name2"]);
        Assert.Equal("217-555-0199", outcome.Student.Fields["contact.emergency_phone2"]);
    }

    [Fact]
    public void Record_without_an_id_is_rejected_naming_the_submission_id()
    {
        var outcome = new DeliveryRecordBuilder().With("id", null).Map();

        Assert.False(outcome.IsMapped);
        Assert.Contains(outcome.Reasons, reason => reason.Field == "submission id");
    }

    [Fact]
    public void Every_default_mapping_field_is_in_the_catalogue()
    {
        var mapping = StudentMappingLoader.DefaultMapping;

        Assert.All(mapping.FieldPaths, path => Assert.NotNull(SisStudentFields.Find(path)));
        Assert.Contains("school_enrollment.school_number", mapping.FieldPaths);
    }
}
