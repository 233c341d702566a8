using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Tests.Mapping;

public sealed class FieldTransformTests
{
    private static TransformResult Apply(string spec, string value, IReadOnlyDictionary<string, int>? grades = null)
    {
        var transform = FieldTransform.TryCreate(spec, out var error);
        Assert.True(transform is not null, error);
        return transform.Apply(value, grades ?? StudentMapping.DefaultGradeLevels, DeliveryRecordBuilder.Schools);
    }

    [Theory]
    [InlineData("  Mary   Ann  ", "Mary Ann")]
    [InlineData("\tO'Brien\n", "O'Brien")]
    public void Trim_removes_outer_whitespace_and_collapses_inner_runs(string input, string expected) =>
        Assert.Equal(expected, Apply("trim", input).Value);

    [Fact]
    public void Upper_and_lower_change_case_invariantly()
    {
        Assert.Equal("IL", Apply("upper", "il").Value);
        Assert.Equal("a@b.org", Apply("lower", "A@B.ORG").Value);
    }

    [Theory]
    [InlineData("04/20/2019", "2019-04-20")]
    [InlineData("4/2/2019", "2019-04-02")]
    [InlineData("2019-04-20", "2019-04-20")]
    [InlineData("2000-04-15T00:00:00", "2000-04-15")]
    public void Date_turns_US_and_ISO_dates_into_YYYY_MM_DD(string input, string expected) =>
        Assert.Equal(expected, Apply("date", input).Value);

    [Theory]
    [InlineData("02/30/2019")]
    [InlineData("20/04/2019")]
    [InlineData("yesterday")]
    public void Date_fails_on_values_that_are_not_calendar_dates(string input)
    {
        var result = Apply("date", input);

        Assert.False(result.Succeeded);
        Assert.Contains("MM/dd/yyyy", result.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(input, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_with_an_input_format_reads_that_format() =>
        Assert.Equal("2019-04-20", Apply("date:dd.MM.yyyy", "20.04.2019").Value);

    [Theory]
    [InlineData("K", "0")]
    [InlineData("pk", "-1")]
    [InlineData("TK", "-1")]
    [InlineData("3", "3")]
    [InlineData("07", "7")]
    public void Grade_turns_grade_names_and_numbers_into_levels(string input, string expected) =>
        Assert.Equal(expected, Apply("grade", input).Value);

    [Fact]
    public void Grade_uses_the_district_table_when_the_mapping_gives_one()
    {
        var district = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["TK"] = -2, ["PK"] = -1, ["K"] = 0 };

        Assert.Equal("-2", Apply("grade", "TK", district).Value);
    }

    [Fact]
    public void Grade_fails_on_an_unknown_grade_name() => Assert.False(Apply("grade", "Sophomore").Succeeded);

    [Theory]
    [InlineData("male", "M")]
    [InlineData(" f ", "F")]
    [InlineData("Female", "F")]
    [InlineData("X", "X")]
    public void Gender_normalises_male_and_female_and_leaves_others_for_validation(string input, string expected) =>
        Assert.Equal(expected, Apply("gender", input).Value);

    [Theory]
    [InlineData("(217) 555-0100", "217-555-0100")]
    [InlineData("217.555.0100", "217-555-0100")]
    [InlineData("+1 217 555 0100", "217-555-0100")]
    public void Phone_writes_ten_digit_numbers_as_three_three_four(string input, string expected) =>
        Assert.Equal(expected, Apply("phone", input).Value);

    [Theory]
    [InlineData("555-0100")]
    [InlineData("217-555-0100 ext 4")]
    [InlineData("+44 20 7946 0958")]
    public void Phone_fails_on_numbers_that_are_not_ten_digits(string input) => Assert.False(Apply("phone", input).Succeeded);

    [Theory]
    [InlineData("Cedar Park Elementary", "100")]
    [InlineData("  cedar   park elementary ", "100")]
    [InlineData("LMS", "200")]
    [InlineData("300", "300")]
    public void School_finds_the_school_number_by_name_abbreviation_or_number(string input, string expected) =>
        Assert.Equal(expected, Apply("school", input).Value);

    [Theory]
    [InlineData("Hogwarts")]
    [InlineData("999")]
    public void School_fails_on_a_school_not_in_the_SIS_list(string input)
    {
        var result = Apply("school", input);

        Assert.False(result.Succeeded);
        Assert.Equal("names no school in the SIS schools list", result.Problem);
    }

    [Theory]
    [InlineData("capitalize", "unknown transform")]
    [InlineData("trim:x", "takes no argument")]
    [InlineData("date:", "needs an input format")]
    public void Unknown_or_misused_transforms_are_refused(string spec, string expected)
    {
        Assert.Null(FieldTransform.TryCreate(spec, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
