using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using PowerSchool.Client.Sis.PowerQueries;

namespace PowerSchool.Client.Sis;

public sealed partial class SisClient
{
    public async Task<IReadOnlyList<StudentQueryRow>> FindStudentCandidatesAsync(
        IEnumerable<long> studentNumbers, IEnumerable<string> stateIds, IEnumerable<string> lastNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(studentNumbers);
        ArgumentNullException.ThrowIfNull(stateIds);
        ArgumentNullException.ThrowIfNull(lastNames);
        var numbers = Chunks(studentNumbers.Distinct().Select(n => n.ToString(CultureInfo.InvariantCulture)));
        var states = Chunks(stateIds.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal));
        // The query compares upper(Last_Name), so the names are sent upper-cased.
        var names = Chunks(lastNames.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal));
        var calls = Math.Max(numbers.Count, Math.Max(states.Count, names.Count));
        var bodies = Enumerable.Range(0, calls).Select(i => new JsonObject
        {
            [StudentQueries.StudentNumbersArgument] = ArrayArgument(numbers.ElementAtOrDefault(i)),
            [StudentQueries.StateIdsArgument] = ArrayArgument(states.ElementAtOrDefault(i)),
            [StudentQueries.LastNamesArgument] = ArrayArgument(names.ElementAtOrDefault(i)),
        });
        return await RunStudentQueryAsync(StudentQueries.MatchCandidates, bodies, cancellationToken);
    }

    public async Task<IReadOnlyList<StudentQueryRow>> ReadStudentsByDcidAsync(IEnumerable<long> dcids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dcids);
        var bodies = Chunks(dcids.Distinct().Select(d => d.ToString(CultureInfo.InvariantCulture)))
            .Select(chunk => new JsonObject { [StudentQueries.DcidsArgument] = ArrayArgument(chunk) });
        return await RunStudentQueryAsync(StudentQueries.ByDcid, bodies, cancellationToken);
    }

    // One call per body (a chunk of at most MaxArrayValues per argument), each paged with the largest page size the
    // plugin allows until a short page; rows of several chunks are merged by DCID, in DCID order.
    private async Task<IReadOnlyList<StudentQueryRow>> RunStudentQueryAsync(string queryName, IEnumerable<JsonObject> bodies, CancellationToken cancellationToken)
    {
        var rows = new SortedDictionary<long, StudentQueryRow>();
        try
        {
            var pageSize = await PowerQueryPageSizeAsync(null, cancellationToken);
            foreach (var body in bodies)
            {
                for (var page = 1; ; page++)
                {
                    using var document = await PowerQueryPageAsync(queryName, body, null, page, pageSize, cancellationToken);
                    var records = RecordsOf(document);
                    foreach (var row in records.Select(StudentQueryRowReader.Read))
                    {
                        rows.TryAdd(row.Student.Id, row);
                    }

                    if (records.Count < pageSize)
                    {
                        break;
                    }
                }
            }
        }
        catch (PowerSchoolAccessDeniedException ex)
        {
            throw PowerSchoolPluginConfigurationException.NamedQueryAccessMissing($"POST {PowerQueryTemplate}", queryName, ex);
        }
        catch (PowerSchoolException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw PowerSchoolPluginConfigurationException.NamedQueryMissing($"POST {PowerQueryTemplate}", queryName, ex);
        }

        return [.. rows.Values];
    }

    private static List<string[]> Chunks(IEnumerable<string> values) => [.. values.Chunk(StudentQueries.MaxArrayValues)];

    // An IN list of nothing is not valid SQL, so an empty array is sent as one empty string: Oracle reads '' as NULL,
    // and "x in (NULL)" matches no row.
    private static JsonArray ArrayArgument(string[]? values) =>
        values is { Length: > 0 } ? [.. values.Select(v => (JsonNode?)JsonValue.Create(v))] : [JsonValue.Create(string.Empty)];
}
