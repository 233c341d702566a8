using System.Globalization;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Hashing;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// Reads students from the SIS and compares them with their snapshots, batch by batch: either every
/// student (full reconciliation, which also finds removals) or only the students a data version reports.
/// Memory holds one batch of students and the DCID → hash map of the snapshots, never the whole district.
/// </summary>
public sealed class StudentScan(
    ISisClient sis,
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

        await RemoveMissingAsync(batch, known, hasher, cancellationToken).ConfigureAwait(false);
        await batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        return batch.ToResult(quiet ? ChangeFeedMode.Baseline : ChangeFeedMode.FullReconciliation, version);
    }

    /// <summary>Reads only the students the data-versioned query reports changed since <paramref name="sinceVersion"/>.</summary>
    internal async Task<ChangeFeedResult> IncrementalAsync(long sinceVersion, IdentityHasher hasher, CancellationToken cancellationToken)
    {
        var changes = await sis.GetChangesSinceAsync(_options.ChangesQuery, _options.ApplicationName, sinceVersion, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var dcids = changes.Rows.Select(DcidOf).OfType<long>().Distinct().ToList();
        var batch = NewBatch(quiet: false);
        foreach (var chunk in dcids.Chunk(_options.BatchSize))
        {
            var students = await ReadStudentsAsync(chunk, cancellationToken).ConfigureAwait(false);
            foreach (var dcid in chunk)
            {
                var previous = await snapshots.GetAsync(dcid, cancellationToken).ConfigureAwait(false);
                if (students.TryGetValue(dcid, out var student) && student is not null)
                {
                    batch.Seen(dcid, _shape.Fingerprint(student, hasher), previous?.Hash);
                }
                else if (previous is not null)
                {
                    batch.Gone(dcid, previous.Hash);
                }
            }

            await batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return batch.ToResult(ChangeFeedMode.Incremental, changes.NewVersion);
    }

    private async Task RemoveMissingAsync(ChangeBatch batch, Dictionary<long, string> missing, IdentityHasher hasher, CancellationToken cancellationToken)
    {
        foreach (var (dcid, previous) in missing)
        {
            // Paging is by position, so a row can slip between pages while the district changes; ask for the
            // student itself before calling it removed (removals are rare, so this costs little).
            var student = await sis.GetStudentAsync(dcid, _shape.ReadOptions, cancellationToken).ConfigureAwait(false);
            if (student is null)
            {
                batch.Gone(dcid, previous);
            }
            else
            {
                batch.Seen(dcid, _shape.Fingerprint(student, hasher), previous);
            }

            await FlushWhenFullAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Dictionary<long, SisStudent?>> ReadStudentsAsync(long[] dcids, CancellationToken cancellationToken)
    {
        var students = new System.Collections.Concurrent.ConcurrentDictionary<long, SisStudent?>();
        await Parallel.ForEachAsync(
            dcids,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentReads, CancellationToken = cancellationToken },
            async (dcid, token) => students[dcid] = await sis.GetStudentAsync(dcid, _shape.ReadOptions, token).ConfigureAwait(false))
            .ConfigureAwait(false);
        return new Dictionary<long, SisStudent?>(students);
    }

    private Task FlushWhenFullAsync(ChangeBatch batch, CancellationToken cancellationToken) =>
        batch.Pending >= _options.BatchSize ? batch.FlushAsync(cancellationToken) : Task.CompletedTask;

    private ChangeBatch NewBatch(bool quiet) =>
        new(publisher, snapshots, new StudentEvents(_options.EventSource, timeProvider), timeProvider, quiet);

    // PowerQuery rows carry the DCID as a text column under the students table (students.id is another number).
    private static long? DcidOf(SisRecord row) =>
        long.TryParse(row.Get("students.dcid") ?? row.Get("dcid"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var dcid) ? dcid : null;
}
