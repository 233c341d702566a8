using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using PsFunctions.Azure.Storage;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Bench.Harness;
using PsFunctions.Sync.Students;

namespace PsFunctions.Bench.Faults;

/// <summary>
/// The end-of-campaign check. Per submission, from our stores: applied (ledger Succeeded with a DCID that the
/// simulator's SIS has), rejected (ledger Rejected and a rejection with at least one reason), or lost (anything
/// else). Duplicates, from the SIS: students created during the campaign whose DCID no ledger entry names (a
/// second INSERT of a submission leaves exactly such an orphan; nothing else writes to the simulator).
/// </summary>
internal sealed record CampaignAudit(int Applied, int Rejected, int Lost, int Duplicates, int AppliedDcidMissing, IReadOnlyList<string> LostSample)
{
    public static async Task<CampaignAudit> RunAsync(
        BenchEnvironment env, IReadOnlyList<SubmissionInfo> submissions, IReadOnlyList<SisStudentRow> before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(submissions);
        var after = await env.Admin.ListSisStudentsAsync(cancellationToken);
        var dcids = after.Select(student => student.Dcid).ToHashSet();
        var ledger = new TableUpsertLedger(new TableClient(env.StorageConnectionString, StorageNames.UpsertLedgerTable));
        var rejections = new TableRejectionStore(new TableClient(env.StorageConnectionString, StorageNames.RejectionsTable));
        var outcomes = new ConcurrentDictionary<long, string>();
        var ledgerDcids = new ConcurrentDictionary<long, byte>();
        await Parallel.ForEachAsync(submissions, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (submission, ct) =>
        {
            var id = submission.Id.ToString(CultureInfo.InvariantCulture);
            var entry = await ledger.GetAsync(id, ct);
            if (entry?.Dcid is { } named)
            {
                ledgerDcids.TryAdd(named, 0);
            }

            var outcome = entry switch
            {
                { State: UpsertState.Succeeded, Dcid: { } dcid } => dcids.Contains(dcid) ? "applied" : "applied-dcid-missing",
                { State: UpsertState.Rejected } => (await rejections.GetAsync(id, ct)) is { Reasons.Count: > 0 } ? "rejected" : "lost",
                _ => "lost",
            };
            outcomes[submission.Id] = outcome;
        });

        int Count(string outcome) => outcomes.Values.Count(value => value == outcome);
        var lost = outcomes.Where(pair => pair.Value is "lost" or "applied-dcid-missing").Select(pair => pair.Key.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToList();
        return new CampaignAudit(Count("applied"), Count("rejected"), lost.Count, CountDuplicates(before, after, ledgerDcids), Count("applied-dcid-missing"), [.. lost.Take(20)]);
    }

    public JsonObject ToJson() => new()
    {
        ["applied"] = Applied,
        ["rejected_with_reason"] = Rejected,
        ["lost"] = Lost,
        ["duplicates"] = Duplicates,
        ["applied_dcid_missing_in_sis"] = AppliedDcidMissing,
        ["lost_sample_ids"] = new JsonArray([.. LostSample.Select(id => (JsonNode)id)]),
    };

    private static int CountDuplicates(IReadOnlyList<SisStudentRow> before, IReadOnlyList<SisStudentRow> after, ConcurrentDictionary<long, byte> ledgerDcids)
    {
        var existing = before.Select(student => student.Dcid).ToHashSet();
        return after.Count(student => !existing.Contains(student.Dcid) && !ledgerDcids.ContainsKey(student.Dcid));
    }
}
