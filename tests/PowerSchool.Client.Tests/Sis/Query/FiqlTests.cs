using PowerSchool.Client.Sis.Query;

namespace PowerSchool.Client.Tests.Sis.Query;

public sealed class FiqlTests
{
    [Fact]
    public void Comparisons_use_PowerSchool_operators()
    {
        Assert.Equal("local_id==12", Fiql.Field("local_id").EqualTo(12).Expression);
        Assert.Equal("id=gt=5", Fiql.Field("id").GreaterThan(5).Expression);
        Assert.Equal("id=ge=5", Fiql.Field("id").GreaterThanOrEqual(5).Expression);
        Assert.Equal("id=lt=5", Fiql.Field("id").LessThan(5).Expression);
        Assert.Equal("id=le=5", Fiql.Field("id").LessThanOrEqual(5).Expression);
    }

    [Fact]
    public void And_joins_with_semicolons()
    {
        var filter = Fiql.Field("school_enrollment.enroll_status").EqualTo("A")
            .And(Fiql.Field("name.last_name").StartsWith("JA"))
            .And(Fiql.Field("school_enrollment.entry_date").GreaterThan(new DateOnly(2017, 8, 1)));

        Assert.Equal("school_enrollment.enroll_status==A;name.last_name==JA*;school_enrollment.entry_date=gt=2017-08-01", filter.ToString());
    }

    [Fact]
    public void All_combines_a_list()
    {
        var filter = Fiql.All(Fiql.Field("a").EqualTo(1), Fiql.Field("b").EqualTo(2), Fiql.Field("c").EqualTo(3));

        Assert.Equal("a==1;b==2;c==3", filter.Expression);
    }

    [Fact]
    public void Dates_are_written_as_year_month_day()
    {
        Assert.Equal("demographics.birth_date==2010-03-04", Fiql.Field("demographics.birth_date").EqualTo(new DateOnly(2010, 3, 4)).Expression);
    }

    [Fact]
    public void Wildcards_appear_only_where_asked_for()
    {
        Assert.Equal("name.last_name==*son", Fiql.Field("name.last_name").EndsWith("son").Expression);
        Assert.Equal("name.last_name==*an*", Fiql.Field("name.last_name").Contains("an").Expression);
    }

    [Fact]
    public void A_values_own_separators_and_wildcards_are_escaped()
    {
        var filter = Fiql.Field("name.last_name").EqualTo("O'Neil;x==1,*");

        Assert.Equal("name.last_name==O'Neil\\;x\\=\\=1\\,\\*", filter.Expression);
    }

    [Theory]
    [InlineData("a(b)", "a\\(b\\)")]
    [InlineData("a!=b", "a\\!\\=b")]
    [InlineData("a=gt=b", "a\\=gt\\=b")]
    [InlineData("\"quoted\"", "\\\"quoted\\\"")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("a~b<c>d", "a\\~b\\<c\\>d")]
    [InlineData("Mary-Ann O'Neil St. John", "Mary-Ann O'Neil St. John")]
    public void Every_character_with_a_FIQL_meaning_is_escaped_and_name_letters_are_not(string value, string expected) =>
        Assert.Equal("name.last_name==" + expected, Fiql.Field("name.last_name").EqualTo(value).Expression);

    [Fact]
    public void A_value_with_a_control_character_is_refused() =>
        Assert.Throws<ArgumentException>(() => Fiql.Field("name.last_name").EqualTo("a\nb"));

    [Theory]
    [InlineData("")]
    [InlineData("name last")]
    [InlineData("id;drop")]
    public void Field_names_outside_the_rule_are_refused(string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Fiql.Field(name));

        Assert.Contains("name", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Empty_values_are_refused() =>
        Assert.Throws<ArgumentException>(() => Fiql.Field("local_id").EqualTo(string.Empty));
}
