using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

public sealed class TableBatchLedgerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    private TableBatchLedger NewLedger() =>
        new(new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("batchledger")));

    private static BatchRecord Batch(string target, string id, BatchState state) =>
        new(target, id, state, RecordCount: 3, MessagesEnqueued: state == BatchState.Enqueued ? 3 : 0, T0, T0.AddMinutes(1));

    [Fact]
    public async Task Saved_batch_reads_back_and_a_second_save_replaces_it()
    {
        var ledger = NewLedger();
        await ledger.SaveAsync(Batch("target/a#1", "b?1", BatchState.Stored));

        await ledger.SaveAsync(Batch("target/a#1", "b?1", BatchState.Enqueued));

        Assert.Equal(Batch("target/a#1", "b?1", BatchState.Enqueued), await ledger.GetAsync("target/a#1", "b?1"));
        Assert.Null(await ledger.GetAsync("target/a#1", "b-unknown"));
    }

    [Fact]
    public async Task Batches_of_the_target_are_listed_by_state_and_batches_in_other_states_are_not()
    {
        var ledger = NewLedger();
        await ledger.SaveAsync(Batch("t1", "stored-1", BatchState.Stored));
        await ledger.SaveAsync(Batch("t1", "done-1", BatchState.Enqueued));
        await ledger.SaveAsync(Batch("t1", "missing-1", BatchState.ArchiveMissing));
        await ledger.SaveAsync(Batch("t1", "stored-2", BatchState.Stored));
        await ledger.SaveAsync(Batch("t2", "other-target", BatchState.Stored));
        await ledger.RecordRunAsync(new IntakeRun("t1", T0, T0, "stored-1", 3, 0, "ok"));

        var unfinished = await ledger.ListAsync("t1", BatchState.Stored).Select(batch => batch.BatchId).ToListAsync();
        var missing = await ledger.ListAsync("t1", BatchState.ArchiveMissing).Select(batch => batch.BatchId).ToListAsync();

        Assert.Equal(["stored-1", "stored-2"], unfinished);
        Assert.Equal(["missing-1"], missing);
    }

    [Fact]
    public async Task Last_runs_come_newest_first_and_limited_to_the_count()
    {
        var ledger = NewLedger();
        for (var i = 0; i < 5; i++)
        {
            await ledger.RecordRunAsync(new IntakeRun("t1", T0.AddMinutes(i), T0.AddMinutes(i).AddSeconds(20), i == 2 ? null : $"b{i}", i, 0, "ok"));
        }

        await ledger.RecordRunAsync(new IntakeRun("t2", T0.AddHours(1), T0.AddHours(1), null, 0, 0, "empty"));
        await ledger.SaveAsync(Batch("t1", "b9", BatchState.Stored));

        var runs = await ledger.GetLastRunsAsync("t1", 3);

        Assert.Equal([T0.AddMinutes(4), T0.AddMinutes(3), T0.AddMinutes(2)], runs.Select(run => run.StartedAt));
        Assert.Equal(new IntakeRun("t1", T0.AddMinutes(2), T0.AddMinutes(2).AddSeconds(20), null, 2, 0, "ok"), runs[2]);
    }

    [Fact]
    public async Task Runs_since_a_time_include_a_run_started_exactly_then_and_no_earlier_run_or_other_target()
    {
        var ledger = NewLedger();
        for (var i = 0; i < 5; i++)
        {
            await ledger.RecordRunAsync(new IntakeRun("t1", T0.AddMinutes(i), T0.AddMinutes(i), $"b{i}", 0, 0, "empty"));
        }

        await ledger.RecordRunAsync(new IntakeRun("t2", T0.AddMinutes(4), T0.AddMinutes(4), "other", 0, 0, "empty"));
        await ledger.SaveAsync(Batch("t1", "b9", BatchState.Stored));

        var runs = await ledger.ListRunsSinceAsync("t1", T0.AddMinutes(2)).Select(run => run.BatchId).ToListAsync();

        Assert.Equal(["b4", "b3", "b2"], runs);
    }
}
