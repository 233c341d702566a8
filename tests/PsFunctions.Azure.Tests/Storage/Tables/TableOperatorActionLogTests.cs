using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.Operators;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

public sealed class TableOperatorActionLogTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Actions_are_kept_with_who_what_and_outcome_and_read_newest_first_up_to_the_count()
    {
        var log = new TableOperatorActionLog(new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("consoleactions")));
        await log.RecordAsync(new OperatorAction(T0, "registrar@district.example", "replay", "sub-1", true, "Submission sub-1 was queued again."));
        await log.RecordAsync(new OperatorAction(T0.AddMinutes(5), "it@district.example", "requeue", "student-upserts", true, "Moved 0 ..."));
        await log.RecordAsync(new OperatorAction(T0.AddMinutes(1), "registrar@district.example", "replay", "sub-2", false, "No rejection waiting."));

        var all = await log.ListRecentAsync(10).ToListAsync();
        var latest = await log.ListRecentAsync(2).ToListAsync();

        Assert.Equal(["student-upserts", "sub-2", "sub-1"], all.Select(action => action.Target));
        Assert.Equal(new OperatorAction(T0.AddMinutes(1), "registrar@district.example", "replay", "sub-2", false, "No rejection waiting."), all[1]);
        Assert.Equal(["student-upserts", "sub-2"], latest.Select(action => action.Target));
    }
}
