using System.Net;
using Microsoft.Extensions.Logging;
using PowerSchool.Client;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Matches a whole message with the plugin's named queries: one <see cref="StudentQueries.MatchCandidates"/> call for
/// the student numbers, state ids and last names of its keys (per <see cref="StudentQueries.MaxArrayValues"/> values),
/// and one <see cref="StudentQueries.ByDcid"/> call for its known students; <see cref="CandidateStudents"/> then decides
/// each submission locally with today's rules. A plugin that does not ship the queries, or may not read their columns
/// (403/404), gets the per-record lookups of <see cref="StudentMatcher"/>: logged once while the refusal stands, kept in
/// <see cref="StandingRefusal"/> for the status, and the queries are tried again with the next message. A query
/// PowerSchool answers 400 is also planned per record, so the submission whose value it refused is rejected alone.
/// </summary>
internal sealed class NamedQueryStudentLookup(ISisClient sis, StudentMatcher perRecord, LookupKeyRules rules, ILogger<NamedQueryStudentLookup> logger)
    : IMessageStudentLookup
{
    private PowerSchoolPluginConfigurationException? _standingRefusal;

    /// <summary>The plugin's refusal of the queries while it stands (the last message fell back to per-record lookups), else null.</summary>
    public PowerSchoolPluginConfigurationException? StandingRefusal => Volatile.Read(ref _standingRefusal);

    public async Task<IStudentLookup> ForMessageAsync(
        IReadOnlyCollection<StudentMatchKeys> keys,
        IReadOnlyCollection<long> knownDcids,
        IReadOnlyCollection<string> writtenPaths,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(knownDcids);
        ArgumentNullException.ThrowIfNull(writtenPaths);
        if (keys.Count == 0 && knownDcids.Count == 0)
        {
            return perRecord;
        }

        // A mapping that writes a field the queries do not read needs a GET per UPDATE for its "before"; known students
        // are then read that way too.
        var rowsCarryEveryWrittenField = writtenPaths.All(StudentQueries.Reads);
        var values = CandidateValues.Of(keys, rules);
        try
        {
            var candidates = sis.FindStudentCandidatesAsync(values.StudentNumbers, values.StateIds, values.LastNames, cancellationToken);
            var known = rowsCarryEveryWrittenField ? sis.ReadStudentsByDcidAsync(knownDcids, cancellationToken) : Task.FromResult<IReadOnlyList<StudentQueryRow>>([]);
            await Task.WhenAll(candidates, known);
            if (Interlocked.Exchange(ref _standingRefusal, null) is not null)
            {
                MatchingLog.QueriesRestored(logger, StudentQueries.MatchCandidates);
            }

            return new CandidateStudents(
                [.. (await candidates).Select(row => row.Student)],
                new HashSet<StudentMatchKeys>(keys),
                rowsCarryEveryWrittenField ? ByDcid(knownDcids, await known) : [],
                rules,
                perRecord,
                rowsCarryEveryWrittenField);
        }
        catch (PowerSchoolPluginConfigurationException ex)
        {
            if (Interlocked.Exchange(ref _standingRefusal, ex) is null)
            {
                MatchingLog.QueriesRefused(logger, StudentQueries.MatchCandidates, ex.Operation, ex.Fix);
            }

            return perRecord;
        }
        catch (PowerSchoolException ex) when (ex.StatusCode == HttpStatusCode.BadRequest)
        {
            MatchingLog.QueryRefusedValues(logger, StudentQueries.MatchCandidates, keys.Count);
            return perRecord;
        }
    }

    // Every DCID asked for, with its student or null when the SIS has none (a GET would answer 404).
    private static Dictionary<long, SisStudent?> ByDcid(IReadOnlyCollection<long> asked, IReadOnlyList<StudentQueryRow> rows)
    {
        var read = new Dictionary<long, SisStudent?>();
        foreach (var dcid in asked)
        {
            read[dcid] = null;
        }

        foreach (var row in rows)
        {
            read[row.Student.Id] = row.Student;
        }

        return read;
    }
}
