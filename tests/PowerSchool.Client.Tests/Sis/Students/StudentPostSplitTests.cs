using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Sis.Students;

/// <summary>
/// PowerSchool documents no largest student POST: when one is refused as too large (in any of the shapes the
/// simulator can answer), the client posts the halves, and every record is written exactly once.
/// </summary>
public sealed class StudentPostSplitTests
{
    private const string StudentPost = "POST /ws/v1/student";

    [Theory]
    [InlineData(413)]
    [InlineData(400)]
    [InlineData(422)]
    public async Task A_post_refused_as_too_large_is_split_and_its_halves_are_written(int refusal)
    {
        await using var sim = await SimulatorHost.StartAsync(
        [
            new("Simulator:Sis:MaxRecordsPerPost", "2"),
            new("Simulator:Sis:TooManyRecordsStatusCode", refusal.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        await using var clients = ClientHarness.Create(sim, o => o.MaxRecordsPerPost = 5);
        var dcids = await clients.Sis.GetStudentsAsync().Take(5).Select(s => s.Id).ToListAsync();
        var writes = dcids.Select(d => StudentBuilder.Update(d, new Dictionary<string, string> { ["name.middle_name"] = "Split" })).ToList();

        var outcomes = await clients.Sis.WriteStudentsAsync(writes);

        Assert.Equal(dcids, outcomes.OrderBy(o => o.Index).Select(o => o.Dcid!.Value));
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Status.ToString()));
        // 5 refused, then 2 written, 3 refused, then 1 and 2 written.
        Assert.Equal(5, await sim.GetCounterAsync(StudentPost));
    }

    [Fact]
    public async Task A_500_to_a_large_insert_post_is_not_split_but_reported_as_an_unknown_outcome()
    {
        await using var sim = await SimulatorHost.StartAsync(
        [
            new("Simulator:Sis:MaxRecordsPerPost", "1"),
            new("Simulator:Sis:TooManyRecordsStatusCode", "500"),
        ]);
        await using var clients = ClientHarness.Create(sim, o => o.Resilience.MaxRetryAttempts = 0);

        var error = await Assert.ThrowsAsync<PowerSchoolOutcomeUnknownException>(
            () => clients.Sis.WriteStudentsAsync([StudentBuilder.Insert("Halfa"), StudentBuilder.Insert("Halfb")]));

        Assert.Equal(2, error.UnknownClientUids.Count);
        Assert.Equal(1, await sim.GetCounterAsync(StudentPost));
    }
}
