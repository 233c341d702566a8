using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Sis;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// Values built into a SIS lookup cannot steer it: FIQL's wildcard, separators, operators, quotes and backslashes in
/// a state id are refused before any request, and in names they find nobody else, both against a simulator that
/// honours the client's escapes and one that ignores them. A lookup PowerSchool answers 400 rejects its own
/// submission and nothing else of the message; the plugin's named query, whose values are arguments, is not steered at all.
/// </summary>
public sealed class LookupSteeringTests(AzuriteFixture azurite, FlowSimulatorFixture escaping, StrippedEscapesSimulatorFixture stripping)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>, IClassFixture<StrippedEscapesSimulatorFixture>
{
    private const string StudentList = "GET /ws/v1/district/student";

    [Theory]
    [InlineData("*")]
    [InlineData("{prefix}*")]
    [InlineData("{id};local_id==200001")]
    [InlineData("{id},{other}")]
    [InlineData("{id}==1")]
    [InlineData("\"{id}\"")]
    [InlineData("'{id}'")]
    [InlineData("{id}\\")]
    [InlineData("{id} ")]
    public async Task A_state_id_with_query_characters_is_rejected_naming_the_field_and_rule_without_a_request(string injected)
    {
        var sim = escaping.Host;
        var students = sim.Directory().Students.Where(s => s.StateStudentNumber is { Length: > 2 }).Take(2).ToList();
        var stateId = injected
            .Replace("{prefix}", students[0].StateStudentNumber![..^1], StringComparison.Ordinal)
            .Replace("{id}", students[0].StateStudentNumber, StringComparison.Ordinal)
            .Replace("{other}", students[1].StateStudentNumber, StringComparison.Ordinal);
        await using var engine = FlowEngine.Start(sim, new TestStorage(azurite));
        var requests = await sim.GetCounterAsync(StudentList);

        var match = await engine.Get<StudentMatcher>().FindAsync(new StudentMatchKeys(null, stateId, "Nobody", "Some", new DateOnly(2015, 1, 1)));

        Assert.Empty(match!.Dcids);
        Assert.Equal("state_province_id", match.Problem!.Field);
        Assert.Contains("Sync:Matching:StateIdPattern", match.Problem.Rule, StringComparison.Ordinal);
        Assert.Equal(requests, await sim.GetCounterAsync(StudentList));
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("-5")]
    [InlineData("2000*")]
    [InlineData("200001;id==10001")]
    public async Task A_student_number_that_is_not_digits_is_rejected_naming_the_field_without_a_request(string studentNumber)
    {
        var sim = escaping.Host;
        await using var engine = FlowEngine.Start(sim, new TestStorage(azurite));
        var requests = await sim.GetCounterAsync(StudentList);

        var match = await engine.Get<StudentMatcher>().FindAsync(new StudentMatchKeys(studentNumber, null, "Nobody", "Some", null));

        Assert.Equal(("local_id", MatchRule.StudentNumber), (match!.Problem!.Field, match.Rule));
        Assert.Equal(requests, await sim.GetCounterAsync(StudentList));
    }

    [Theory]
    [InlineData(false, "{last}*", "{first}")]
    [InlineData(true, "{last}*", "{first}")]
    [InlineData(false, "{prefix}*", "{first}*")]
    [InlineData(true, "{prefix}*", "{first}*")]
    [InlineData(false, "{last}\\", "{first}")]
    [InlineData(true, "{last}\\", "{first}")]
    [InlineData(false, "{last}\\;name.first_name=={first}", "{first}")]
    [InlineData(false, "\"{last}\"", "'{first}'")]
    [InlineData(true, "\"{last}\"", "'{first}'")]
    [InlineData(false, "{last}==", "{first}")]
    public async Task A_name_with_query_characters_finds_no_student_whose_name_differs(bool serverStripsEscapes, string lastName, string firstName)
    {
        var sim = serverStripsEscapes ? stripping.Host : escaping.Host;
        var student = sim.Directory().Students.First(s => s.LastName.Length > 3 && s.LastName.All(char.IsAsciiLetter));
        string Fill(string value) => value
            .Replace("{prefix}", student.LastName[..3], StringComparison.Ordinal)
            .Replace("{last}", student.LastName, StringComparison.Ordinal)
            .Replace("{first}", student.FirstName, StringComparison.Ordinal);
        await using var engine = FlowEngine.Start(sim, new TestStorage(azurite));

        var match = await engine.Get<StudentMatcher>().FindAsync(new StudentMatchKeys(null, null, Fill(lastName), Fill(firstName), student.DateOfBirth));

        Assert.DoesNotContain(student.Dcid, match!.Dcids);
        Assert.Empty(match.Dcids);
    }

    [Fact]
    public async Task A_wildcard_name_a_server_reads_as_everyone_is_rejected_after_a_bounded_read_instead_of_inserted()
    {
        var sim = stripping.Host;
        await using var engine = FlowEngine.Start(sim, new TestStorage(azurite));
        var requests = await sim.GetCounterAsync(StudentList);

        var match = await engine.Get<StudentMatcher>().FindAsync(new StudentMatchKeys(null, null, "*", "*", new DateOnly(2015, 1, 1)));

        Assert.Empty(match!.Dcids);
        Assert.Equal("name.last_name", match.Problem!.Field);
        Assert.Contains("more than 200 students", match.Problem.Problem, StringComparison.Ordinal);
        Assert.InRange(await sim.GetCounterAsync(StudentList) - requests, 1, 3);
    }

    [Fact]
    public async Task The_same_names_through_escapes_the_server_honours_are_looked_up_literally_and_find_nobody()
    {
        var sim = escaping.Host;
        await using var engine = FlowEngine.Start(sim, new TestStorage(azurite));

        var match = await engine.Get<StudentMatcher>().FindAsync(new StudentMatchKeys(null, null, "*", "*", new DateOnly(2015, 1, 1)));

        Assert.Null(match!.Problem);
        Assert.Empty(match.Dcids);
    }

    [Fact]
    public async Task A_lookup_PowerSchool_answers_400_rejects_that_submission_and_the_rest_of_the_message_is_applied()
    {
        // Per-record lookups (a plugin without the named queries) build the names into FIQL.
        var sim = stripping.Host;
        var options = sim.Services.GetRequiredService<IOptions<SisOptions>>().Value;
        options.PluginQueries = false;
        try
        {
            var storage = new TestStorage(azurite);
            var created = await ApplyNamesThatSplitFiqlAsync(sim, storage);

            Assert.Equal(UpsertState.Succeeded, created[0].State);
            Assert.Equal(UpsertState.Succeeded, created[2].State);
            Assert.Equal(UpsertState.Rejected, created[1].State);
            var reason = Assert.Single((await storage.Rejections.GetAsync(created[1].SubmissionId))!.Reasons);
            Assert.Equal(("name.last_name", "was refused by PowerSchool when looked up (HTTP 400)"), (reason.Field, reason.Problem));
        }
        finally
        {
            options.PluginQueries = true;
        }
    }

    [Fact]
    public async Task The_plugins_query_carries_names_as_arguments_so_a_server_ignoring_fiql_escapes_applies_the_whole_message()
    {
        var created = await ApplyNamesThatSplitFiqlAsync(stripping.Host, new TestStorage(azurite));

        Assert.All(created, entry => Assert.Equal(UpsertState.Succeeded, entry.State));
        Assert.All(created, entry => Assert.Equal("INSERT", entry.Action));
    }

    // Three new children in one message, the second with a ';' in her last name; their ledger entries in that order.
    private static async Task<List<UpsertLedgerEntry>> ApplyNamesThatSplitFiqlAsync(SimulatorHost sim, TestStorage storage)
    {
        await sim.ResetAsync();
        await using var flow = FlowEngine.Start(sim, storage);
        var school = sim.Directory().Schools[0];
        var birthDate = new DateOnly(2017, 4, 21);
        var created = await sim.CreateSubmissionsAsync(submissions:
        [
            FamilyData.Child("Ada", "Steady", birthDate, school),
            // A server ignoring the escape splits the name at ';' and refuses the clause "colon" (HTTP 400).
            FamilyData.Child("Bo", "Semi;colon", birthDate, school),
            FamilyData.Child("Cy", "Steady", birthDate, school),
        ]);
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var message = StudentUpsertMessage.Parse(Assert.Single(await storage.PeekAsync(WorkQueues.StudentUpserts)));
        Assert.Equal(3, message.SubmissionIds.Count);

        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        var entries = new List<UpsertLedgerEntry>();
        foreach (var submission in created)
        {
            entries.Add((await storage.UpsertLedger.GetAsync(submission.Id))!);
        }

        return entries;
    }
}
