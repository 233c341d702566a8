using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Sync.Tests.Hashing;
using PsFunctions.Sync.Tests.Students;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.ChangeFeed;

/// <summary>
/// The change feed reads changed students in bulk with the plugin's DCID query, and one GET each when the plugin does not
/// ship it: the same fingerprints and events either way, a handful of requests for hundreds of changes.
/// </summary>
public sealed class ChangeFeedBulkReadTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string OneStudent = "GET /ws/v1/student/{dcid}";
    private const string PowerQuery = "POST /ws/schema/query/{name}";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task An_incremental_poll_of_500_changed_students_makes_at_most_3_sis_requests()
    {
        // A plugin whose administrator allows PowerQuery pages of 1,000 rows ("Max Request Number"; PowerSchool's default is 100).
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "600"), new("Simulator:Sis:SchemaTableQueryMaxPageSize", "1000")]);
        await using var feed = Start(sim);
        await feed.Get<SisChangeFeed>().PollAsync();
        var changed = await feed.Get<ISisClient>().GetStudentsAsync().Take(500).Select(s => s.Id).ToListAsync();
        await RenameAsync(feed.Get<ISisClient>(), changed);
        var before = SisRequests(await sim.GetCountersAsync());

        var result = await feed.Get<SisChangeFeed>().PollAsync();

        Assert.Equal((ChangeFeedMode.Incremental, 500, 500), (result.Mode, result.StudentsRead, result.Updated));
        Assert.InRange(SisRequests(await sim.GetCountersAsync()) - before, 1, 3);
        Assert.Equal(500, feed.Events.All.Count(e => e.Type == EventTypes.StudentUpdated));
    }

    [Fact]
    public async Task Bulk_and_one_by_one_reads_publish_the_same_events_for_the_same_changes()
    {
        var bulk = await RunChangesAsync(pluginQueries: true);
        var oneByOne = await RunChangesAsync(pluginQueries: false);

        Assert.Equal(4, bulk.Events.Count);
        Assert.Equal(oneByOne.Events, bulk.Events);
        Assert.Equal((0, 4), (bulk.Gets, oneByOne.Gets));
        Assert.Null(bulk.Problem);
        Assert.NotNull(oneByOne.Problem);
    }

    [Fact]
    public async Task A_plugin_without_the_query_is_read_one_by_one_logged_once_and_shown_in_the_status()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "20"), new("Simulator:Sis:PluginQueries", "false")]);
        await using var feed = Start(sim);
        await feed.Get<SisChangeFeed>().PollAsync();

        foreach (var round in Enumerable.Range(0, 2))
        {
            var dcids = await feed.Get<ISisClient>().GetStudentsAsync().Skip(round * 2).Take(2).Select(s => s.Id).ToListAsync();
            await RenameAsync(feed.Get<ISisClient>(), dcids);
            var result = await feed.Get<SisChangeFeed>().PollAsync();
            Assert.Equal(2, result.Updated);
            Assert.NotNull(result.BulkReadRefused);
        }

        // A poll with nothing to read by DCID keeps showing the refusal still in force.
        var quiet = await feed.Get<SisChangeFeed>().PollAsync();
        Assert.Equal(0, quiet.StudentsRead);
        var problem = (await feed.Get<SyncStatusReader>().ReadAsync([])).PluginConfiguration;
        Assert.NotNull(problem);
        Assert.Equal(SisChangeFeed.Component, problem.Component);
        Assert.Contains("plugin --output", problem.Fix, StringComparison.Ordinal);
        Assert.Contains("its own GET", problem.Fix, StringComparison.Ordinal);
        var refusals = feed.Get<FakeLogCollector>().GetSnapshot().Where(log => log.Id.Id == 5451).ToList();
        var refusal = Assert.Single(refusals);
        Assert.Contains(StudentQueries.ByDcid, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_students_fingerprint_from_the_bulk_read_equals_the_one_from_its_get()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "80")]);
        await using var feed = Start(sim);
        var sis = feed.Get<ISisClient>();
        var shape = new TrackedStudentShape(new SisChangeFeedOptions().GetTrackedFields());
        var dcids = await sis.GetStudentsAsync().Select(s => s.Id).ToListAsync();

        var rows = await sis.ReadStudentsByDcidAsync(dcids);

        Assert.Equal(dcids.Order(), rows.Select(r => r.Student.Id));
        foreach (var row in rows)
        {
            var get = await sis.GetStudentAsync(row.Student.Id, shape.ReadOptions);
            Assert.Equal(shape.Fingerprint(get!, TestHashing.Hasher).Format(), shape.Fingerprint(row.Student, TestHashing.Hasher).Format());
        }
    }

    [Fact]
    public void Tracked_fields_outside_the_querys_columns_are_read_by_get()
    {
        Assert.True(ChangedStudentReader.Covers(new SisChangeFeedOptions().GetTrackedFields()));
        Assert.True(ChangedStudentReader.Covers(["school_enrollment.grade_level", "student_username"]));
        Assert.True(ChangedStudentReader.Covers(["addresses.physical.street", "phones"]));
        Assert.False(ChangedStudentReader.Covers(["id", "contact_info.email"]));
    }

    // Baseline, then three renames and one insert, then one poll; the events that poll published and the GETs it made.
    private async Task<(List<string> Events, long Gets, PluginProblem? Problem)> RunChangesAsync(bool pluginQueries)
    {
        await using var sim = await SimulatorHost.StartAsync(
            [new("Simulator:District:Students", "30"), new("Simulator:Sis:PluginQueries", pluginQueries ? "true" : "false")]);
        await using var feed = Start(sim);
        await feed.Get<SisChangeFeed>().PollAsync();
        var sis = feed.Get<ISisClient>();
        await RenameAsync(sis, await sis.GetStudentsAsync().Skip(3).Take(3).Select(s => s.Id).ToListAsync());
        var inserted = Assert.Single(await sis.WriteStudentsAsync([SisStudentWrites.Insert("New", "Arrival", schoolNumber: 100)]));
        Assert.True(inserted.Succeeded);
        var gets = await sim.GetCounterAsync(OneStudent);

        await feed.Get<SisChangeFeed>().PollAsync();

        var events = feed.Events.All.Select(e => $"{e.Id} {e.Type} {e.Subject} {e.SessionKey} {e.Time:O} {JsonSerializer.Serialize(e.Data)}").ToList();
        var problem = (await feed.Get<SyncStatusReader>().ReadAsync([])).PluginConfiguration;
        return (events, await sim.GetCounterAsync(OneStudent) - gets, problem);
    }

    private EngineHarness Start(SimulatorHost sim) => EngineHarness.Start(new TestStorage(azurite), new EngineSetup
    {
        Simulator = sim,
        Time = _clock,
        Services = services => services.AddFakeLogging(),
    });

    // Every request the SIS answered: its API and its token endpoint (the simulator's own /_sim calls are not counted).
    private static long SisRequests(IReadOnlyDictionary<string, long> counters) =>
        counters.Where(c => c.Key.Contains(" /ws/", StringComparison.Ordinal) || c.Key.Contains(" /oauth/", StringComparison.Ordinal)).Sum(c => c.Value);

    private static async Task RenameAsync(ISisClient sis, IReadOnlyList<long> dcids)
    {
        var writes = dcids.Select(dcid => new StudentWrite
        {
            Action = StudentWriteAction.Update,
            Dcid = dcid,
            Fields = new Dictionary<string, string> { ["name.first_name"] = $"Bulk{dcid.ToString(CultureInfo.InvariantCulture)}" },
        }).ToList();
        Assert.All(await sis.WriteStudentsAsync(writes), outcome => Assert.True(outcome.Succeeded));
    }
}
