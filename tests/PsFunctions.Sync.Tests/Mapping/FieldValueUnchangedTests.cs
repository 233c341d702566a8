using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Tests.Mapping;

/// <summary>The audit's "is this a change?" question of <see cref="FieldValueComparison"/>: spaces and composition never count; dates, numbers and codes by their meaning.</summary>
public sealed class FieldValueUnchangedTests
{
    [Theory]
    [InlineData("name.last_name", "Quintero", " Quintero ")]
    [InlineData("name.last_name", "Ine\u0301s", "Inés")]
    [InlineData("demographics.birth_date", "2015-03-02", "2015-03-02")]
    [InlineData("school_enrollment.school_number", "5", "05")]
    [InlineData("demographics.projected_graduation_year", "2030", "2030")]
    [InlineData("demographics.gender", "f", "F")]
    [InlineData("contact.guardian_email", "Marisol.Q@Family.Example", "marisol.q@family.example")]
    [InlineData("name.middle_name", null, "")]
    [InlineData("name.middle_name", "  ", null)]
    public void The_same_value_in_another_form_is_no_change(string path, string? sis, string? written) =>
        Assert.True(FieldValueComparison.Unchanged(path, sis, written));

    [Theory]
    [InlineData("name.last_name", "Mcdonald", "McDonald")]
    [InlineData("addresses.physical.street", "12 Elm Street", "14 Oak Road")]
    [InlineData("demographics.birth_date", "2015-03-02", "2015-03-20")]
    [InlineData("school_enrollment.school_number", "5", "6")]
    [InlineData("name.middle_name", null, "Quinn")]
    [InlineData("name.middle_name", "Quinn", "")]
    [InlineData("phones.main.number", "217-555-0143", "(217) 555-0143")]
    public void A_different_value_is_a_change(string path, string? sis, string? written) =>
        Assert.False(FieldValueComparison.Unchanged(path, sis, written));
}
