using PowerSchool.Client.Sis.DataVersions;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Client.Sis.Query;
using PowerSchool.Client.Sis.Schools;
using PowerSchool.Client.Sis.Students;
using PowerSchool.Client.Sis.Tables;

namespace PowerSchool.Client.Sis;

/// <summary>The SIS typed client (see <see cref="ISisClient"/>).</summary>
public sealed class SisClient(HttpClient http) : ISisClient
{
    private readonly HttpClient _http = http;

    public Task<SisMetadata> GetMetadataAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public IAsyncEnumerable<SisStudent> GetStudentsAsync(SisReadOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<long> CountStudentsAsync(FiqlFilter? filter = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<SisStudent?> GetStudentAsync(long dcid, SisReadOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<StudentWriteOutcome>> WriteStudentsAsync(IReadOnlyList<StudentWrite> students, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public IAsyncEnumerable<SisSchool> GetSchoolsAsync(SisReadOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<SisSchool?> GetSchoolAsync(long dcid, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public IAsyncEnumerable<SisCourse> GetCoursesAsync(long schoolDcid, SisReadOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public IAsyncEnumerable<SisSection> GetSectionsAsync(long schoolDcid, SisReadOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public IAsyncEnumerable<SisRecord> GetTableRecordsAsync(string table, SisReadOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<SisRecord?> GetTableRecordAsync(string table, long id, IReadOnlyList<string>? projection = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<TableWriteResult> InsertTableRecordAsync(string table, IReadOnlyDictionary<string, string?> columns, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<TableWriteResult> UpdateTableRecordAsync(string table, long id, IReadOnlyDictionary<string, string?> columns, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<bool> DeleteTableRecordAsync(string table, long id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public IAsyncEnumerable<SisRecord> RunPowerQueryAsync(string queryName, PowerQueryRequest? request = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<DataVersionChanges> GetChangesSinceAsync(string queryName, string applicationName, long sinceVersion, PowerQueryRequest? request = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<long> GetDataVersionAsync(string applicationName, long sinceVersion = 0, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
