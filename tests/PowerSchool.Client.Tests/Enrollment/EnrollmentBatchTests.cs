using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Enrollment;

public sealed class EnrollmentBatchTests
{
    [Fact]
    public async Task A_batch_is_created_listed_reset_and_delivered_again()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        var created = await EnrollmentTestData.CreateSubmissionsAsync(sim, 3);
        var createdIds = created.EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToHashSet();

        var first = await clients.Enrollment.CreateBatchAsync(EnrollmentTestData.Target);
        var listed = await clients.Enrollment.GetBatchesAsync(EnrollmentTestData.Target);
        var empty = await clients.Enrollment.CreateBatchAsync(EnrollmentTestData.Target);
        var reset = await clients.Enrollment.ResetBatchAsync(EnrollmentTestData.Target, first.Id);
        var again = await clients.Enrollment.CreateBatchAsync(EnrollmentTestData.Target);

        Assert.Superset(createdIds, first.Records.Select(r => r.Id).ToHashSet());
        Assert.All(first.Records, r => Assert.Equal(System.Text.Json.JsonValueKind.Object, r.Data.ValueKind));
        Assert.Contains(listed, b => b.Id == first.Id);
        Assert.Empty(empty.Records);
        Assert.True(reset);
        Assert.Equal(first.Records.Select(r => r.Id).Order(), again.Records.Select(r => r.Id).Order());
        Assert.False(await clients.Enrollment.ResetBatchAsync(EnrollmentTestData.Target, Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task A_dropped_createbatch_surfaces_as_outcome_unknown_without_a_second_post()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        await EnrollmentTestData.CreateSubmissionsAsync(sim, 1);
        var endpoint = "POST /api/v1/deliverytargets/{targetId}/createbatch";
        await sim.SetFaultsAsync(new { dropConnectionRate = 1.0, endpoints = new[] { endpoint } });

        await Assert.ThrowsAsync<PowerSchoolOutcomeUnknownException>(() => clients.Enrollment.CreateBatchAsync(EnrollmentTestData.Target));

        Assert.Equal(1, await sim.GetCounterAsync(endpoint));
    }

    [Fact]
    public async Task Health_and_connection_test_answer_and_a_wrong_key_is_an_authentication_error()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        await using var wrong = ClientHarness.Create(sim, settings: new Dictionary<string, string?> { ["Secrets:powerschool-enrollment-api-key"] = "wrong-key-value" });

        Assert.True((await clients.Enrollment.GetHealthAsync()).IsHealthy);
        Assert.True((await clients.Enrollment.TestConnectionAsync()).IsHealthy);
        Assert.True((await wrong.Enrollment.GetHealthAsync()).IsHealthy);
        var error = await Assert.ThrowsAsync<PowerSchoolAuthenticationException>(() => wrong.Enrollment.TestConnectionAsync());
        Assert.DoesNotContain("wrong-key-value", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wrapped")]
    [InlineData("DocumentedArray")]
    public async Task Submission_records_are_paged_in_either_wrapper_shape(string shape)
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Enrollment:PagingShape", shape)]);
        await using var clients = ClientHarness.Create(sim);
        var action = (await clients.Enrollment.GetPublishedActionsAsync())[0];

        var ids = new List<long>();
        await foreach (var record in clients.Enrollment.GetSubmissionRecordsAsync(action.Id, new() { PageSize = 7 }))
        {
            ids.Add(record.Id);
        }

        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var single = await clients.Enrollment.GetSubmissionRecordAsync(ids[0]);
        Assert.Equal(ids[0], single!.Id);
        Assert.Null(await clients.Enrollment.GetSubmissionRecordAsync(987_654_321));
    }
}
