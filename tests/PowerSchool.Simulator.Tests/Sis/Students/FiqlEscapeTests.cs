using System.Net;
using PowerSchool.Simulator.Sis.Http;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Students;

/// <summary>
/// Names with apostrophes must be findable, escaped or not: the sync engine looks students up by name after
/// an unknown INSERT outcome, and a missed match there would insert the student a second time.
/// </summary>
public sealed class FiqlEscapeTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_last_name_with_an_apostrophe_is_found_exactly(bool escaped)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, all) = await client.GetJsonAsync("ws/v1/district/student?pagesize=300");
        var sample = all.GetProperty("students").Items("student")
            .Select(student => student.GetProperty("name").GetProperty("last_name").GetString()!)
            .FirstOrDefault(name => name.Contains('\'', StringComparison.Ordinal));
        Assert.True(sample is not null, "the generated district has no last name with an apostrophe");
        var value = escaped ? sample.Replace("'", "\\'", StringComparison.Ordinal) : sample;

        var (status, body) = await client.GetJsonAsync($"ws/v1/district/student?q={Uri.EscapeDataString($"name.last_name=={value}")}&pagesize=300");

        Assert.Equal(HttpStatusCode.OK, status);
        var found = body.GetProperty("students").Items("student");
        Assert.NotEmpty(found);
        Assert.All(found, student => Assert.Equal(sample, student.GetProperty("name").GetProperty("last_name").GetString(), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_escaped_semicolon_stays_in_the_value_instead_of_starting_a_clause()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        var (status, body) = await client.GetJsonAsync($"ws/v1/district/student/count?q={Uri.EscapeDataString("name.last_name==A\\;id==1")}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("resource").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task An_escaped_star_is_a_star_and_an_unescaped_trailing_star_a_wildcard()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        var (_, escaped) = await client.GetJsonAsync($"ws/v1/district/student/count?q={Uri.EscapeDataString("name.last_name==\\*")}");
        var (_, wildcard) = await client.GetJsonAsync($"ws/v1/district/student/count?q={Uri.EscapeDataString("name.last_name==*")}");

        Assert.Equal(0, escaped.GetProperty("resource").GetProperty("count").GetInt32());
        Assert.Equal(SimulatorHost.DefaultStudents, wildcard.GetProperty("resource").GetProperty("count").GetInt32());
    }

    [Fact]
    public void A_server_that_strips_escapes_reads_the_value_as_if_nothing_was_escaped()
    {
        var clauses = FiqlParser.Parse("name.last_name==Sm\\*;id==1\\;x==2", FiqlEscapes.Stripped);

        Assert.Equal(3, clauses.Count);
        Assert.True(clauses[0].IsPrefix);
        Assert.Equal("Sm", clauses[0].Prefix);
        Assert.Equal(("x", "2"), (clauses[2].Field, clauses[2].Value));
    }

    [Fact]
    public void Honoured_escapes_keep_separators_and_stars_in_the_value()
    {
        var clause = Assert.Single(FiqlParser.Parse("name.last_name==Sm\\*\\;id==1", FiqlEscapes.Honoured));

        Assert.False(clause.IsPrefix);
        Assert.Equal("Sm*;id==1", clause.Value);
    }
}
