using System.Text;
using System.Text.Json;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>What <c>ops reset-batch</c> tells the operator per submission, read from the batch archive and the ledger on Azurite.</summary>
public sealed class BatchResetForecastTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Target = "target-1";
    private const string BatchId = "6c1f0a52-0000-4000-8000-000000000001";
    private static readonly DateTimeOffset T0 = new(2026, 9, 14, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_submission_of_the_batch_is_told_what_the_same_and_new_content_will_do()
    {
        var storage = new TestStorage(azurite);
        string[] ids = ["100042", "100043", "100044", "100045"];
        var records = ids.Select(id => "{\"id\":" + id + ",\"submitted\":\"2026-09-14T07:00:00Z\",\"data\":{\"student\":{\"lastName\":\"L" + id + "\"}}}").ToList();
        await storage.Archive.SaveAsync(Target, BatchId, Encoding.UTF8.GetBytes($$"""{"id":"{{BatchId}}","date":"2026-09-14T08:00:00Z","records":[{{string.Join(",", records)}}]}"""));
        await storage.UpsertLedger.SaveAsync(Entry("100042", records[0], UpsertState.Succeeded, 17));
        await storage.UpsertLedger.SaveAsync(Entry("100043", records[1], UpsertState.Rejected, null));
        await storage.UpsertLedger.SaveAsync(Entry("100045", records[3], UpsertState.Posting, null));

        var lines = await new BatchResetForecast(storage.Archive, storage.UpsertLedger, storage.BatchLedger).ForecastAsync(Target, BatchId);

        Assert.Equal(
        [
            "100042: applied (INSERT of DCID 17); same content will be skipped; new content will UPDATE DCID 17",
            "100043: rejected; same content will be skipped (fix the cause, then ops replay 100043); new content will be matched and applied",
            "100044: not applied yet; same content will be tried again; new content will be matched and applied",
            "100045: outcome unknown (Posting); same content will be looked up in the SIS again before any write (outcome unknown); new content will be matched and applied",
        ], lines);
    }

    [Fact]
    public async Task A_batch_the_archive_does_not_hold_has_no_forecast()
    {
        var storage = new TestStorage(azurite);

        Assert.Null(await new BatchResetForecast(storage.Archive, storage.UpsertLedger, storage.BatchLedger).ForecastAsync(Target, "unknown-batch"));
    }

    private static UpsertLedgerEntry Entry(string id, string record, UpsertState state, long? dcid)
    {
        using var document = JsonDocument.Parse(record);
        return new UpsertLedgerEntry(
            id, id, state, state == UpsertState.Succeeded ? "INSERT" : null, dcid, T0, SubmissionFingerprint.Of(document.RootElement), Target, BatchId, T0);
    }
}
