using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.Sis.Students;
using PowerSchool.Client.Sis;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Sync.Tests.Hashing;
using PsFunctions.Sync.Tests.Students;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.ChangeFeed;

/// <summary>
/// The change feed on the engine harness, against a simulator of its own per test (a small district), and a clock the
/// test moves.
/// </summary>
public sealed partial class SisChangeFeedTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const int Students = 40;
    private const string StudentPages = "GET /ws/v1/district/student";
    private const string OneStudent = "GET /ws/v1/student/{dcid}";
    private const string PowerQuery = "POST /ws/schema/query/{name}";
    private const string DataVersionEndpoint = "GET /ws/dataversion/{application}/{version}";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
    private SimulatorHost? _sim;
    private EngineHarness? _feed;

    private SimulatorHost Sim => _sim ?? throw new InvalidOperationException("The simulator starts in InitializeAsync.");

    public async Task InitializeAsync() =>
        _sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", Students.ToString(CultureInfo.InvariantCulture))]);

    public async Task DisposeAsync()
    {
        if (_feed is not null)
        {
            await _feed.DisposeAsync();
        }

        await Sim.DisposeAsync();
    }

    [Fact]
    public async Task First_poll_records_every_student_as_a_baseline_without_publishing()
    {
        var feed = Start();

        var result = await Feed(feed).PollAsync();

        Assert.Equal(ChangeFeedMode.Baseline, result.Mode);
        Assert.Equal(Students, result.StudentsRead);
        Assert.Equal(0, result.EventsPublished);
        Assert.Empty(feed.Events.All);
        Assert.Equal(Students, await feed.Get<ISnapshotStore>().ListAsync().CountAsync());
        Assert.Equal(result.DataVersion, (await ChangeFeedCheckpoint.ReadAsync(feed.Get<ICheckpointStore>()))!.DataVersion);
    }

    [Fact]
    public async Task A_full_scan_learns_the_current_version_from_one_powerquery_row_not_from_dataversion_zero()
    {
        var feed = Start();
        await InsertAsync(feed.Get<ISisClient>());
        var before = await Sim.GetCountersAsync();

        var result = await Feed(feed).PollAsync();

        var after = await Sim.GetCountersAsync();
        long Delta(string endpoint) => after.GetValueOrDefault(endpoint) - before.GetValueOrDefault(endpoint);
        Assert.Equal(ChangeFeedMode.Baseline, result.Mode);
        Assert.Equal(0, Delta(DataVersionEndpoint));
        Assert.Equal(1, Delta(PowerQuery));
        Assert.Equal(await CurrentDataVersionAsync(), result.DataVersion);
        Assert.True(result.DataVersion > 0);
    }

    [Fact]
    public async Task Baseline_publishes_student_created_for_everyone_when_configured()
    {
        var feed = Start(new KeyValuePair<string, string?>("Sync:ChangeFeed:PublishBaseline", "true"));

        await Feed(feed).PollAsync();

        var events = feed.Events.All;
        Assert.Equal(Students, events.Count);
        Assert.All(events, e => Assert.Equal(EventTypes.StudentCreated, e.Type));
        Assert.Equal(Students, events.Select(e => e.Subject).Distinct().Count());
    }

    [Fact]
    public async Task Incremental_poll_publishes_exactly_the_changed_students_and_reads_only_them()
    {
        var feed = Start();
        await Feed(feed).PollAsync();
        var renamed = await feed.Get<ISisClient>().GetStudentsAsync().Take(2).Select(s => s.Id).ToListAsync();
        await RenameAsync(feed.Get<ISisClient>(), renamed);
        var inserted = await InsertAsync(feed.Get<ISisClient>());
        var pagesBefore = await Sim.GetCounterAsync(StudentPages);
        var singlesBefore = await Sim.GetCounterAsync(OneStudent);

        var result = await Feed(feed).PollAsync();

        Assert.Equal(ChangeFeedMode.Incremental, result.Mode);
        Assert.Equal((3, 2, 1, 0), (result.StudentsRead, result.Updated, result.Created, result.Removed));
        Assert.Equal(pagesBefore, await Sim.GetCounterAsync(StudentPages));
        // The plugin ships the DCID query: the changed students are read in bulk, not with a GET each.
        Assert.Equal(singlesBefore, await Sim.GetCounterAsync(OneStudent));
        Assert.True(await Sim.GetCounterAsync(PowerQuery) >= 1);
        var events = feed.Events.All;
        Assert.Equal(renamed.Select(Subject).Order(), events.Where(e => e.Type == EventTypes.StudentUpdated).Select(e => e.Subject).Order());
        Assert.All(events.Where(e => e.Type == EventTypes.StudentUpdated), e => Assert.Equal(["name"], Data(e).ChangedFields));
        var created = Assert.Single(events, e => e.Type == EventTypes.StudentCreated);
        Assert.Equal((Subject(inserted), inserted.ToString(System.Globalization.CultureInfo.InvariantCulture)), (created.Subject, created.SessionKey));

        var quiet = await Feed(feed).PollAsync();
        Assert.Equal((0, 0), (quiet.StudentsRead, quiet.EventsPublished));
        Assert.Equal(3, feed.Events.All.Count);
    }

    [Fact]
    public async Task Full_reconciliation_after_the_interval_finds_a_removal_the_data_version_missed()
    {
        var feed = Start();
        await Feed(feed).PollAsync();
        var inserted = await InsertAsync(feed.Get<ISisClient>());
        await Feed(feed).PollAsync();
        // Returning the simulator to its start removes the inserted student without any data-version entry.
        await Sim.ResetAsync();
        var incremental = await Feed(feed).PollAsync();
        Assert.Equal((ChangeFeedMode.Incremental, 0), (incremental.Mode, incremental.Removed));

        _clock.Advance(TimeSpan.FromHours(24));
        var full = await Feed(feed).PollAsync();

        Assert.Equal(ChangeFeedMode.FullReconciliation, full.Mode);
        Assert.Equal((Students, 1, 0, 0), (full.StudentsRead, full.Removed, full.Created, full.Updated));
        var removed = Assert.Single(feed.Events.All, e => e.Type == EventTypes.StudentRemoved);
        Assert.Equal(Subject(inserted), removed.Subject);
        Assert.NotNull(Data(removed).StudentNumber);
        Assert.Equal(Students, await feed.Get<ISnapshotStore>().ListAsync().CountAsync());
        Assert.Equal(_clock.GetUtcNow(), (await ChangeFeedCheckpoint.ReadAsync(feed.Get<ICheckpointStore>()))!.LastFullScanAt);
    }

    [Fact]
    public async Task Crash_between_publish_and_snapshot_save_republishes_the_same_event_ids_and_loses_nothing()
    {
        var feed = Start();
        await Feed(feed).PollAsync();
        var checkpoint = await ChangeFeedCheckpoint.ReadAsync(feed.Get<ICheckpointStore>());
        var renamed = await feed.Get<ISisClient>().GetStudentsAsync().Skip(5).Take(2).Select(s => s.Id).ToListAsync();
        await RenameAsync(feed.Get<ISisClient>(), renamed);

        feed.Crashes.Arm($"events.publish:{EventTypes.StudentUpdated}:done");
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Feed(feed).PollAsync());
        var afterCrash = feed.Events.All;
        Assert.Equal(checkpoint, await ChangeFeedCheckpoint.ReadAsync(feed.Get<ICheckpointStore>()));

        var rerun = await Feed(feed).PollAsync();
        var final = await Feed(feed).PollAsync();

        var all = feed.Events.All;
        Assert.Equal(2, afterCrash.Count);
        Assert.Equal(2, rerun.EventsPublished);
        Assert.Equal(afterCrash.Select(e => e.Id), all.Skip(2).Select(e => e.Id));
        Assert.Equal(renamed.Select(Subject).Order(), all.Select(e => e.Subject).Distinct().Order());
        Assert.Equal(0, final.EventsPublished);
    }

    [Fact]
    public async Task A_tracked_field_outside_the_rules_fails_at_start_naming_the_setting()
    {
        var feed = Start(new KeyValuePair<string, string?>("Sync:ChangeFeed:TrackedFields", "id,Name;drop"));

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => Feed(feed));

        Assert.Contains("Sync:ChangeFeed:TrackedFields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_hash_key_changes_the_next_poll_rebuilds_every_snapshot_publishing_creations_but_no_updates()
    {
        var storage = new TestStorage(azurite);
        var before = StartOn(storage);
        await Feed(before).PollAsync();
        var renamed = await before.Get<ISisClient>().GetStudentsAsync().Take(1).Select(s => s.Id).ToListAsync();
        await RenameAsync(before.Get<ISisClient>(), renamed);
        var inserted = await InsertAsync(before.Get<ISisClient>());
        await before.DisposeAsync();

        // The deployment's key is replaced; the app restarts with the new one over the same storage.
        var after = StartOn(storage, new KeyValuePair<string, string?>($"Secrets:{IdentityHashKey.SecretName}", TestHashKey.Other));
        var rebuilt = await Feed(after).PollAsync();

        Assert.Equal(ChangeFeedMode.FullReconciliation, rebuilt.Mode);
        Assert.Equal((Students + 1, 1, 0, 0, Students), (rebuilt.StudentsRead, rebuilt.Created, rebuilt.Updated, rebuilt.Removed, rebuilt.Rehashed));
        var created = Assert.Single(after.Events.All);
        Assert.Equal((EventTypes.StudentCreated, Subject(inserted)), (created.Type, created.Subject));
        await AssertSnapshotsAreUnderAsync(after, TestHashing.OtherHasher.KeyId, Students + 1);

        var quiet = await Feed(after).PollAsync();
        Assert.Equal((ChangeFeedMode.Incremental, 0, 0), (quiet.Mode, quiet.Rehashed, quiet.EventsPublished));
        // From here on, changes are compared and published as before.
        var later = await after.Get<ISisClient>().GetStudentsAsync().Skip(1).Take(1).Select(s => s.Id).ToListAsync();
        await RenameAsync(after.Get<ISisClient>(), later);
        var changed = await Feed(after).PollAsync();
        var updated = Assert.Single(after.Events.All, e => e.Type == EventTypes.StudentUpdated);
        Assert.Equal((1, Subject(later[0])), (changed.Updated, updated.Subject));
    }

    [Fact]
    public async Task Snapshots_from_before_keyed_hashes_are_rebuilt_quietly_on_the_first_poll_after_the_upgrade()
    {
        var feed = Start();
        await Feed(feed).PollAsync();
        await RewriteAsBeforeKeyedHashesAsync(feed);

        var first = await Feed(feed).PollAsync();

        Assert.Equal(ChangeFeedMode.FullReconciliation, first.Mode);
        Assert.Equal((Students, Students, 0), (first.StudentsRead, first.Rehashed, first.EventsPublished));
        Assert.Empty(feed.Events.All);
        await AssertSnapshotsAreUnderAsync(feed, TestHashing.Hasher.KeyId, Students);
        Assert.Equal(TestHashing.Hasher.KeyId, (await ChangeFeedCheckpoint.ReadAsync(feed.Get<ICheckpointStore>()))!.HashKeyId);
        Assert.Equal(ChangeFeedMode.Incremental, (await Feed(feed).PollAsync()).Mode);
    }

    // What the previous version stored: snapshots without a key id (recordHash;#=number;field=hash) and a checkpoint without one.
    private static async Task RewriteAsBeforeKeyedHashesAsync(EngineHarness feed)
    {
        var snapshots = feed.Get<ISnapshotStore>();
        var old = await snapshots.ListAsync()
            .Select(snapshot => snapshot with { Hash = KeyIdPart().Replace(snapshot.Hash, string.Empty) })
            .ToListAsync();
        Assert.All(old, snapshot => Assert.DoesNotContain(";@=", snapshot.Hash, StringComparison.Ordinal));
        await snapshots.SaveAsync(old);
        var checkpoints = feed.Get<ICheckpointStore>();
        var checkpoint = await ChangeFeedCheckpoint.ReadAsync(checkpoints);
        await (checkpoint! with { HashKeyId = null }).WriteAsync(checkpoints);
    }

    private static async Task AssertSnapshotsAreUnderAsync(EngineHarness feed, string keyId, int count)
    {
        var keyIds = await feed.Get<ISnapshotStore>().ListAsync().Select(snapshot => StudentFingerprint.Parse(snapshot.Hash)!.HashKeyId).ToListAsync();
        Assert.Equal(count, keyIds.Count);
        Assert.All(keyIds, id => Assert.Equal(keyId, id));
    }

    [GeneratedRegex(";@=[0-9a-f]+")]
    private static partial Regex KeyIdPart();

    // The engine as the hosts compose it, on this test's storage and simulator and the test's clock.
    private EngineHarness Start(params KeyValuePair<string, string?>[] settings) => StartOn(new TestStorage(azurite), settings);

    private EngineHarness StartOn(TestStorage storage, params KeyValuePair<string, string?>[] settings) =>
        _feed = EngineHarness.Start(storage, new EngineSetup
        {
            Simulator = Sim,
            Time = _clock,
            Settings = new Dictionary<string, string?>([new("Sync:ChangeFeed:BatchSize", "15"), .. settings]),
        });

    private async Task<long> CurrentDataVersionAsync()
    {
        using var answer = JsonDocument.Parse(await Sim.Admin.GetStringAsync(new Uri("/_sim/sis/dataversion", UriKind.Relative)));
        return answer.RootElement.GetProperty("dataversion").GetInt64();
    }

    private static SisChangeFeed Feed(EngineHarness feed) => feed.Get<SisChangeFeed>();

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
