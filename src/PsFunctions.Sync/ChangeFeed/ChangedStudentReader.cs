using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// Reads the students a poll must compare by DCID: in bulk with the plugin's named query
/// (<see cref="StudentQueries.ByDcid"/>, one request per <see cref="StudentQueries.MaxArrayValues"/> DCIDs) when its
/// columns hold every tracked field, else with one GET per student. A plugin that does not ship the query, or may not read
/// its columns, gets the GETs: the refusal is logged once, handed back so the status shows it, and the query is tried
/// again at the next poll. Both ways give the same fingerprints.
/// </summary>
public sealed class ChangedStudentReader(ISisClient sis, IOptions<SisChangeFeedOptions> options, ILogger<ChangedStudentReader> logger)
{
    private readonly SisChangeFeedOptions _options = options.Value;
    private readonly TrackedStudentShape _shape = new(options.Value.GetTrackedFields());
    private readonly bool _queryCovers = Covers(options.Value.GetTrackedFields());
    private PowerSchoolPluginConfigurationException? _standingRefusal;
    private int _coverageLogged;

    /// <summary>
    /// The refusal of the bulk read still in force in this process (the last try was refused), so that a poll with nothing
    /// to read by DCID keeps showing it; null once a bulk read succeeds.
    /// </summary>
    internal PowerSchoolPluginConfigurationException? StandingRefusal => Volatile.Read(ref _standingRefusal);

    /// <summary>
    /// The students of <paramref name="dcids"/> that exist, by DCID. <paramref name="tryBulk"/> false goes straight to GETs
    /// (the query was refused earlier in this poll). <see cref="ChangedStudents.Refused"/> says why GETs were used.
    /// </summary>
    internal async Task<ChangedStudents> ReadAsync(IReadOnlyCollection<long> dcids, bool tryBulk, CancellationToken cancellationToken)
    {
        if (dcids.Count == 0)
        {
            return new ChangedStudents(new Dictionary<long, SisStudent>(), null);
        }

        if (!_queryCovers)
        {
            if (Interlocked.Exchange(ref _coverageLogged, 1) == 0)
            {
                ChangeFeedLog.BulkReadDoesNotCover(logger, _options.TrackedFields, StudentQueries.ByDcid);
            }

            return new ChangedStudents(await GetEachAsync(dcids, cancellationToken).ConfigureAwait(false), null);
        }

        if (tryBulk)
        {
            try
            {
                var rows = await sis.ReadStudentsByDcidAsync(dcids, cancellationToken).ConfigureAwait(false);
                if (Interlocked.Exchange(ref _standingRefusal, null) is not null)
                {
                    ChangeFeedLog.BulkReadRestored(logger, StudentQueries.ByDcid);
                }

                return new ChangedStudents(rows.ToDictionary(row => row.Student.Id, row => row.Student), null);
            }
            catch (PowerSchoolPluginConfigurationException ex)
            {
                if (Interlocked.Exchange(ref _standingRefusal, ex) is null)
                {
                    ChangeFeedLog.BulkReadRefused(logger, StudentQueries.ByDcid, ex.Operation, ex.Fix);
                }

                return new ChangedStudents(await GetEachAsync(dcids, cancellationToken).ConfigureAwait(false), ex);
            }
        }

        return new ChangedStudents(await GetEachAsync(dcids, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>True when every tracked field lies in a top-level field the query's rows fill as a GET does.</summary>
    internal static bool Covers(IEnumerable<string> trackedFields) =>
        trackedFields.All(StudentQueries.Reads);

    private async Task<Dictionary<long, SisStudent>> GetEachAsync(IReadOnlyCollection<long> dcids, CancellationToken cancellationToken)
    {
        var students = new ConcurrentDictionary<long, SisStudent>();
        await Parallel.ForEachAsync(
            dcids,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentReads, CancellationToken = cancellationToken },
            async (dcid, token) =>
            {
                if (await sis.GetStudentAsync(dcid, _shape.ReadOptions, token).ConfigureAwait(false) is { } student)
                {
                    students[dcid] = student;
                }
            }).ConfigureAwait(false);
        return new Dictionary<long, SisStudent>(students);
    }
}
