namespace PowerSchool.Client.Enrollment;

/// <summary>The Enrollment typed client (see <see cref="IEnrollmentClient"/>).</summary>
public sealed class EnrollmentClient(HttpClient http) : IEnrollmentClient
{
    private readonly HttpClient _http = http;

    public Task<EnrollmentHealth> GetHealthAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<EnrollmentHealth> TestConnectionAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<PublishedAction>> GetPublishedActionsAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<ImportSchema>> GetImportSchemasAsync(long publishedActionId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ImportResult> ImportRosterRecordAsync(long publishedActionId, long schemaId, IReadOnlyDictionary<string, string?> fields, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<DeliveryTarget>> GetDeliveryTargetsAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<DeliveryBatch> CreateBatchAsync(long targetId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<DeliveryBatch>> GetBatchesAsync(long targetId, DateOnly? since = null, bool autoOpenOnly = false, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<bool> ResetBatchAsync(long targetId, string batchId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public IAsyncEnumerable<EnrollmentRecord> GetRosterRecordsAsync(long publishedActionId, EnrollmentPageOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public IAsyncEnumerable<EnrollmentRecord> GetSubmissionRecordsAsync(long publishedActionId, EnrollmentPageOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<EnrollmentRecord?> GetRosterRecordAsync(long id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<EnrollmentRecord?> GetSubmissionRecordAsync(long id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<SubmissionCreated> CreateSubmissionAsync(long publishedActionId, IReadOnlyList<SubmissionDataItem> dataItems, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<Uri?> GetDocumentUrlAsync(string objectId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<Uri?> GetDocumentUrlAsync(string fileName, string providerDocUid, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<EnrollmentDocument> OpenDocumentAsync(Uri documentUrl, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<DocumentCopyResult> CopyDocumentAsync(Uri documentUrl, Stream destination, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
