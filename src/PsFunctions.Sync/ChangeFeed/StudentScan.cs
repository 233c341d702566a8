using System.Globalization;
using Microsoft.Extensions.Options;
using PowerSchool.Client;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Hashing;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// Reads students from the SIS and compares them with their snapshots, batch by batch: either every
/// student (full reconciliation, which also finds removals) or only the students a data version reports.
/// Memory holds one batch of students and the DCID → hash map of the snapshots, never the whole district. Students
/// named by DCID (the changed ones, and those a full scan missed) are read by <see cref="ChangedStudentReader"/>: in
/// bulk where the plugin allows it.
/// </summary>
public sealed class StudentScan(
    ISisClient sis,
    ChangedStudentReader reader,
    ISnapshotStore snapshots,
    IEventPublisher publisher,
    IOptions<SisChangeFeedOptions> options,
    TimeProvider timeProvider)
{
    private readonly SisChangeFeedOptions _options = options.Value;
    private readonly TrackedStudentShape _shape = new(options.Value.GetTrackedFields());

    /// <summary>
    /// Reads every student; the data version is taken first (one row of the data-versioned changes query, not
    /// <c>/ws/dataversion/{app}/0</c>, which answers every key) so changes made during the scan are read again next time.
    /// </summary>
    internal async Task<ChangeFeedResult> FullAsync(bool quiet, IdentityHasher hasher, CancellationToken cancellationToken)
    {
        var version = await sis.GetCurrentDataVersionAsync(_options.ChangesQuery, _options.ApplicationName, cancellationToken).ConfigureAwait(false);
        var known = new Dictionary<long, string>();
        await foreach (var snapshot in snapshots.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            known[snapshot.Dcid] = snapshot.Hash;
        }

        var batch = NewBatch(quiet);
        var seen = new HashSet<long>();
        await foreach (var student in sis.GetStudentsAsync(_shape.ReadOptions, cancellationToken).ConfigureAwait(false))
        {
            // A record can repeat when rows shift between pages; compare it once.
            if (seen.Add(student.Id))
            {
                known.Remove(student.Id, out var previous);
                batch.Seen(student.Id, _shape.Fingerprint(student, hasher), previous);
                await FlushWhenFullAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }

        var refused = await RemoveMissingAsync(batch, known, hasher, cancellationToken).ConfigureAwait(false);
        await batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        return batch.ToResult(quiet ? ChangeFeedMode.Baseline : ChangeFeedMode.FullReconciliation, version) with { BulkReadRefused = refused };
    }

    /// <summary>Reads only the students the data-versioned query reports changed since <paramref name="sinceVersion"/>.</summary>
    internal async Task<ChangeFeedResult> IncrementalAsync(long sinceVersion, IdentityHasher hasher, CancellationToken cancellationToken)
    {
        var changes = await sis.GetChangesSinceAsync(_options.ChangesQuery, _options.ApplicationName, sinceVersion, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var dcids = changes.Rows.Select(DcidOf).OfType<long>().Distinct().ToList();
        var batch = NewBatch(quiet: false);
        var refused = await CompareAsync(batch, dcids.ToDictionary(dcid => dcid, _ => (string?)null), lookUpSnapshots: true, hasher, cancellationToken)
            .ConfigureAwait(false);
        await batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        return batch.ToResult(ChangeFeedMode.Incremental, changes.NewVersion) with { BulkReadRefused = refused };
    }

    // Paging is by position, so a row can slip between pages while the district changes; read the students a full scan
    // did not see by DCID before calling them removed (removals are rare, so this costs little).
    private Task<PowerSchoolPluginConfigurationException?> RemoveMissingAsync(
        ChangeBatch batch, Dictionary<long, string> missing, IdentityHasher hasher, CancellationToken cancellationToken) =>
        CompareAsync(batch, missing.ToDictionary(pair => pair.Key, pair => (string?)pair.Value), lookUpSnapshots: false, hasher, cancellationToken);

    // Reads the students by DCID, a query's IN list at a time, and compares each with its previous hash (given, or looked
    // up in the snapshots): seen, or gone when the SIS has no such student. Returns the plugin's refusal of the bulk read:
    // this poll's, or, when it read nothing by DCID, the one still in force.
    private async Task<PowerSchoolPluginConfigurationException?> CompareAsync(
        ChangeBatch batch, Dictionary<long, string?> previousHashes, bool lookUpSnapshots, IdentityHasher hasher, CancellationToken cancellationToken)
    {
        PowerSchoolPluginConfigurationException? refused = null;
        foreach (var chunk in previousHashes.Keys.Chunk(StudentQueries.MaxArrayValues))
        {
            var read = await reader.ReadAsync(chunk, tryBulk: refused is null, cancellationToken).ConfigureAwait(false);
            refused ??= read.Refused;
            foreach (var dcid in chunk)
            {
                var previous = lookUpSnapshots
                    ? (await snapshots.GetAsync(dcid, cancellationToken).ConfigureAwait(false))?.Hash
                    : previousHashes[dcid];
                if (read.Students.TryGetValue(dcid, out var student))
                {
                    batch.Seen(dcid, _shape.Fingerprint(student, hasher), previous);
                }
                else if (previous is not null)
                {
                    batch.Gone(dcid, previous);
                }

                await FlushWhenFullAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }

        return refused ?? reader.StandingRefusal;
    }

    private Task FlushWhenFullAsync(ChangeBatch batch, CancellationToken cancellationToken) =>
        batch.Pending >= _options.BatchSize ? batch.FlushAsync(cancellationToken) : Task.CompletedTask;

    private ChangeBatch NewBatch(bool quiet) =>
        new(publisher, snapshots, new StudentEvents(_options.EventSource, timeProvider), timeProvider, quiet);

    // PowerQuery rows carry the DCID as a text column under the students table (students.id is another number).
    private static long? DcidOf(SisRecord row) =>
        long.TryParse(row.Get("students.dcid") ?? row.Get("dcid"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var dcid) ? dcid : null;
}
