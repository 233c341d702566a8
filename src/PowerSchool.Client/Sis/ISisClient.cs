using PowerSchool.Client.Sis.DataVersions;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Client.Sis.Query;
using PowerSchool.Client.Sis.Schools;
using PowerSchool.Client.Sis.Students;

namespace PowerSchool.Client.Sis;

/// <summary>
/// The PowerSchool SIS REST API: OAuth handled, paged reads streamed in order, writes with per-record
/// outcomes. Register with <c>services.AddPowerSchoolSis()</c>. Errors: <see cref="PowerSchoolException"/>
/// and its subclasses (authentication, access denied, PowerQuery validation, outcome unknown, unavailable).
/// </summary>
public interface ISisClient
{
    /// <summary><c>GET /ws/v1/metadata</c>, cached for the process.</summary>
    Task<SisMetadata> GetMetadataAsync(CancellationToken cancellationToken = default);

    /// <summary>Students of the district, each exactly once, in PowerSchool's order; pages fetched in parallel.</summary>
    IAsyncEnumerable<SisStudent> GetStudentsAsync(SisReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>How many students match (<c>/ws/v1/district/student/count</c>).</summary>
    Task<long> CountStudentsAsync(FiqlFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>One student by DCID; null when PowerSchool answers 404.</summary>
    Task<SisStudent?> GetStudentAsync(long dcid, SisReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// INSERTs/UPDATEs students, up to <c>MaxRecordsPerPost</c> per POST, and returns one outcome per input
    /// record in input order. A rejected record is an outcome, not an exception.
    /// </summary>
    /// <exception cref="ArgumentException">A record breaks a rule of <see cref="StudentWrite"/> (UPDATE without a DCID, a
    /// client_uid used twice, a path outside <see cref="SisStudentFields"/>, a number or date that is not one); nothing was sent.</exception>
    /// <exception cref="PowerSchoolOutcomeUnknownException">A POST was sent but not answered; it was not re-sent.</exception>
    Task<IReadOnlyList<StudentWriteOutcome>> WriteStudentsAsync(
        IReadOnlyList<StudentWrite> students, CancellationToken cancellationToken = default);

    /// <summary>Schools of the district.</summary>
    IAsyncEnumerable<SisSchool> GetSchoolsAsync(SisReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>One school by DCID; null when not found.</summary>
    Task<SisSchool?> GetSchoolAsync(long dcid, CancellationToken cancellationToken = default);

    /// <summary>Courses of a school (by the school's DCID).</summary>
    IAsyncEnumerable<SisCourse> GetCoursesAsync(long schoolDcid, SisReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Sections of a school (by the school's DCID).</summary>
    IAsyncEnumerable<SisSection> GetSectionsAsync(long schoolDcid, SisReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Rows of a table resource (<c>/ws/schema/table/{table}</c>).</summary>
    IAsyncEnumerable<SisRecord> GetTableRecordsAsync(string table, SisReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>One row of a table resource by id; null when not found.</summary>
    Task<SisRecord?> GetTableRecordAsync(string table, long id, IReadOnlyList<string>? projection = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a row to an extension table (<c>POST</c>; not idempotent).</summary>
    Task<Tables.TableWriteResult> InsertTableRecordAsync(
        string table, IReadOnlyDictionary<string, string?> columns, CancellationToken cancellationToken = default);

    /// <summary>Changes a row of an extension table (<c>PUT</c>).</summary>
    Task<Tables.TableWriteResult> UpdateTableRecordAsync(
        string table, long id, IReadOnlyDictionary<string, string?> columns, CancellationToken cancellationToken = default);

    /// <summary>Deletes a row of an extension table; false when it did not exist.</summary>
    Task<bool> DeleteTableRecordAsync(string table, long id, CancellationToken cancellationToken = default);

    /// <summary>Runs a named PowerQuery and streams its rows, paged (count first, pages in order).</summary>
    /// <exception cref="PowerQueryValidationException">PowerSchool refused the arguments.</exception>
    /// <exception cref="PowerSchoolAccessDeniedException">The plugin lacks field access; see <c>PluginXml</c>.</exception>
    IAsyncEnumerable<SisRecord> RunPowerQueryAsync(
        string queryName, PowerQueryRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Candidate students of a message, by the plugin's named query <see cref="StudentQueries.MatchCandidates"/>: every
    /// student whose student number, state id or upper-cased last name is among the values given (one request per
    /// <see cref="StudentQueries.MaxArrayValues"/> values of each list, pages of the largest size the plugin allows),
    /// each once, in DCID order. No request when every list is empty. The caller re-checks candidates on exact values.
    /// </summary>
    /// <exception cref="PowerSchoolPluginConfigurationException">The plugin does not ship the query (404) or lacks access to
    /// a column it reads (403): install the plugin zip 'plugin --output FILE' writes, or fall back to per-record lookups.</exception>
    Task<IReadOnlyList<StudentQueryRow>> FindStudentCandidatesAsync(
        IEnumerable<long> studentNumbers, IEnumerable<string> stateIds, IEnumerable<string> lastNames, CancellationToken cancellationToken = default);

    /// <summary>
    /// Students by DCID, by the plugin's named query <see cref="StudentQueries.ByDcid"/> (one request per
    /// <see cref="StudentQueries.MaxArrayValues"/> DCIDs); a DCID without a student has no row. Rows fill
    /// <see cref="StudentQueries.StudentFields"/> as a GET does.
    /// </summary>
    /// <exception cref="PowerSchoolPluginConfigurationException">The plugin does not ship the query or lacks access to a column.</exception>
    Task<IReadOnlyList<StudentQueryRow>> ReadStudentsByDcidAsync(IEnumerable<long> dcids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rows changed since <paramref name="sinceVersion"/> according to a data-versioned PowerQuery
    /// (<c>$dataversion</c>, <c>$dataversion_applicationname</c>), and the new version.
    /// </summary>
    Task<DataVersionChanges> GetChangesSinceAsync(
        string queryName, string applicationName, long sinceVersion, PowerQueryRequest? request = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The current data version, read cheaply: one page of one row of the data-versioned PowerQuery
    /// <paramref name="queryName"/>, whose answer carries <c>$dataversion</c> (unlike <c>/ws/dataversion/{app}/0</c>,
    /// which answers every key). Throws <see cref="PowerSchoolPluginConfigurationException"/> when the plugin has no
    /// subscription named <paramref name="applicationName"/>.
    /// </summary>
    Task<long> GetCurrentDataVersionAsync(string queryName, string applicationName, CancellationToken cancellationToken = default);

    /// <summary>The current data version PowerSchool holds for an application (<c>/ws/dataversion/{application}/{version}</c>).</summary>
    Task<long> GetDataVersionAsync(string applicationName, long sinceVersion = 0, CancellationToken cancellationToken = default);
}
