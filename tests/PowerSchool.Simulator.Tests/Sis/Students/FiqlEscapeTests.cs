using System.Net;
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
}
