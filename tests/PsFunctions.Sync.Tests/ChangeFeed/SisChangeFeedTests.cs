using System.Text.Json;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Tests.Students;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.ChangeFeed;

public sealed class SisChangeFeedTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string StudentPages = "GET /ws/v1/district/student";
    private const string OneStudent = "GET /ws/v1/student/{dcid}";
    private const string PowerQuery = "POST /ws/schema/query/{name}";

    [Fact]
    public async Task First_poll_records_every_student_as_a_baseline_without_publishing()
    {
        await using var feed = await FeedServices.StartAsync(azurite);

        var result = await feed.Feed.PollAsync();

        Assert.Equal(ChangeFeedMode.Baseline, result.Mode);
        Assert.Equal(FeedServices.Students, result.StudentsRead);
        Assert.Equal(0, result.EventsPublished);
        Assert.Empty(await feed.Events.ReadAsync());
        Assert.Equal(FeedServices.Students, await feed.SnapshotCountAsync());
        Assert.Equal(result.DataVersion, (await ChangeFeedCheckpoint.ReadAsync(feed.Checkpoints))!.DataVersion);
    }

    [Fact]
    public async Task Baseline_publishes_student_created_for_everyone_when_configured()
    {
        await using var feed = await FeedServices.StartAsync(azurite, new KeyValuePair<string, string?>("Sync:ChangeFeed:PublishBaseline", "true"));

        await feed.Feed.PollAsync();

        var events = await feed.Events.ReadAsync();
        Assert.Equal(FeedServices.Students, events.Count);
        Assert.All(events, e => Assert.Equal(EventTypes.StudentCreated, e.Type));
        Assert.Equal(FeedServices.Students, events.Select(e => e.Subject).Distinct().Count());
    }

    [Fact]
    public async Task Incremental_poll_publishes_exactly_the_changed_students_and_reads_only_them()
    {
        await using var feed = await FeedServices.StartAsync(azurite);
        await feed.Feed.PollAsync();
        var renamed = await feed.Sis.GetStudentsAsync().Take(2).Select(s => s.Id).ToListAsync();
        await RenameAsync(feed.Sis, renamed);
        var inserted = await InsertAsync(feed.Sis);
        var pagesBefore = await feed.CounterAsync(StudentPages);
        var singlesBefore = await feed.CounterAsync(OneStudent);

        var result = await feed.Feed.PollAsync();

        Assert.Equal(ChangeFeedMode.Incremental, result.Mode);
        Assert.Equal((3, 2, 1, 0), (result.StudentsRead, result.Updated, result.Created, result.Removed));
        Assert.Equal(pagesBefore, await feed.CounterAsync(StudentPages));
        Assert.Equal(singlesBefore + 3, await feed.CounterAsync(OneStudent));
        Assert.True(await feed.CounterAsync(PowerQuery) >= 1);
        var events = await feed.Events.ReadAsync();
        Assert.Equal(renamed.Select(Subject).Order(), events.Where(e => e.Type == EventTypes.StudentUpdated).Select(e => e.Subject).Order());
        Assert.All(events.Where(e => e.Type == EventTypes.StudentUpdated), e => Assert.Equal(["name"], Data(e).ChangedFields));
        var created = Assert.Single(events, e => e.Type == EventTypes.StudentCreated);
        Assert.Equal((Subject(inserted), inserted.ToString(System.Globalization.CultureInfo.InvariantCulture)), (created.Subject, created.SessionKey));

        var quiet = await feed.Feed.PollAsync();
        Assert.Equal((0, 0), (quiet.StudentsRead, quiet.EventsPublished));
        Assert.Equal(3, (await feed.Events.ReadAsync()).Count);
    }

    [Fact]
    public async Task Full_reconciliation_after_the_interval_finds_a_removal_the_data_version_missed()
    {
        await using var feed = await FeedServices.StartAsync(azurite);
        await feed.Feed.PollAsync();
        var inserted = await InsertAsync(feed.Sis);
        await feed.Feed.PollAsync();
        // Returning the simulator to its start removes the inserted student without any data-version entry.
        await feed.Simulator.ResetAsync();
        var incremental = await feed.Feed.PollAsync();
        Assert.Equal((ChangeFeedMode.Incremental, 0), (incremental.Mode, incremental.Removed));

        feed.Clock.Advance(TimeSpan.FromHours(24));
        var full = await feed.Feed.PollAsync();

        Assert.Equal(ChangeFeedMode.FullReconciliation, full.Mode);
        Assert.Equal((FeedServices.Students, 1, 0, 0), (full.StudentsRead, full.Removed, full.Created, full.Updated));
        var removed = Assert.Single(await feed.Events.ReadAsync(), e => e.Type == EventTypes.StudentRemoved);
        Assert.Equal(Subject(inserted), removed.Subject);
        Assert.NotNull(Data(removed).StudentNumber);
        Assert.Equal(FeedServices.Students, await feed.SnapshotCountAsync());
        Assert.Equal(feed.Clock.GetUtcNow(), (await ChangeFeedCheckpoint.ReadAsync(feed.Checkpoints))!.LastFullScanAt);
    }

    [Fact]
    public async Task Crash_between_publish_and_snapshot_save_republishes_the_same_event_ids_and_loses_nothing()
    {
        await using var feed = await FeedServices.StartAsync(azurite);
        await feed.Feed.PollAsync();
        var checkpoint = await ChangeFeedCheckpoint.ReadAsync(feed.Checkpoints);
        var renamed = await feed.Sis.GetStudentsAsync().Skip(5).Take(2).Select(s => s.Id).ToListAsync();
        await RenameAsync(feed.Sis, renamed);

        feed.Crash.Arm();
        await Assert.ThrowsAsync<SimulatedCrashException>(() => feed.Feed.PollAsync());
        var afterCrash = await feed.Events.ReadAsync();
        Assert.Equal(checkpoint, await ChangeFeedCheckpoint.ReadAsync(feed.Checkpoints));

        var rerun = await feed.Feed.PollAsync();
        var final = await feed.Feed.PollAsync();

        var all = await feed.Events.ReadAsync();
        Assert.Equal(2, afterCrash.Count);
        Assert.Equal(2, rerun.EventsPublished);
        Assert.Equal(afterCrash.Select(e => e.Id), all.Skip(2).Select(e => e.Id));
        Assert.Equal(renamed.Select(Subject).Order(), all.Select(e => e.Subject).Distinct().Order());
        Assert.Equal(0, final.EventsPublished);
    }

    [Fact]
    public async Task A_tracked_field_outside_the_rules_fails_at_start_naming_the_setting()
    {
        await using var feed = await FeedServices.StartAsync(azurite, new KeyValuePair<string, string?>("Sync:ChangeFeed:TrackedFields", "id,Name;drop"));

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => feed.Feed);

        Assert.Contains("Sync:ChangeFeed:TrackedFields", error.Message, StringComparison.Ordinal);
    }

    private static string Subject(long dcid) => $"student/{dcid}";

    private static StudentChangeData Data(IntegrationEvent e) => e.Data.Deserialize<StudentChangeData>(JsonSerializerOptions.Web)!;

    private static async Task RenameAsync(ISisClient sis, IReadOnlyList<long> dcids)
    {
        var writes = dcids.Select(dcid => new StudentWrite
        {
            Action = StudentWriteAction.Update,
            Dcid = dcid,
            Fields = new Dictionary<string, string> { ["name.first_name"] = $"Renamed{dcid}", ["name.last_name"] = "Changefeed" },
        }).ToList();
        Assert.All(await sis.WriteStudentsAsync(writes), outcome => Assert.True(outcome.Succeeded));
    }

    private static async Task<long> InsertAsync(ISisClient sis)
    {
        var outcome = Assert.Single(await sis.WriteStudentsAsync([SisStudentWrites.Insert("New", "Arrival", schoolNumber: 100)]));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.ToString())));
        return outcome.Dcid!.Value;
    }
}
