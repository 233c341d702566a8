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
/// else). Duplicates, from the SIS: students created during the campaign, grouped by last name, first name and
/// birth date, beyond the number of new-student submissions with that key.
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
        await Parallel.ForEachAsync(submissions, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (submission, ct) =>
        {
            var id = submission.Id.ToString(CultureInfo.InvariantCulture);
            var entry = await ledger.GetAsync(id, ct);
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
        return new CampaignAudit(Count("applied"), Count("rejected"), lost.Count, CountDuplicates(submissions, before, after), Count("applied-dcid-missing"), [.. lost.Take(20)]);
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

    private static int CountDuplicates(IReadOnlyList<SubmissionInfo> submissions, IReadOnlyList<SisStudentRow> before, IReadOnlyList<SisStudentRow> after)
    {
        var existing = before.Select(student => student.Dcid).ToHashSet();
        var expected = submissions
            .Where(submission => string.IsNullOrEmpty(submission.StudentNumber))
            .GroupBy(submission => Key(submission.LastName, submission.FirstName, IsoDate(submission.BirthDate)), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase);
        return after
            .Where(student => !existing.Contains(student.Dcid))
            .GroupBy(student => Key(student.LastName, student.FirstName, student.DateOfBirth), StringComparer.OrdinalIgnoreCase)
            .Sum(group => Math.Max(0, group.Count() - expected.GetValueOrDefault(group.Key)));
    }

    private static string Key(string? last, string? first, string? birthDate) => $"{last?.Trim()}|{first?.Trim()}|{birthDate}";

    private static string? IsoDate(string? usDate) =>
        DateOnly.TryParseExact(usDate, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : usDate;
}
