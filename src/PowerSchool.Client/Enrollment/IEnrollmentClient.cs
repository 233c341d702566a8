namespace PowerSchool.Client.Enrollment;

/// <summary>
/// The PowerSchool Enrollment API v1 (API-key Basic auth). Register with
/// <c>services.AddPowerSchoolEnrollment()</c>. createbatch, import and submission POSTs are never re-sent
/// after an ambiguous failure: they raise <see cref="PowerSchoolOutcomeUnknownException"/>.
/// </summary>
public interface IEnrollmentClient
{
    /// <summary><c>GET /api/healthz</c> (no authentication).</summary>
    Task<EnrollmentHealth> GetHealthAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /connection/test</c>: verifies the API key.</summary>
    /// <exception cref="PowerSchoolAuthenticationException">The API key was refused.</exception>
    Task<EnrollmentHealth> TestConnectionAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PublishedAction>> GetPublishedActionsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ImportSchema>> GetImportSchemasAsync(long publishedActionId, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates a roster record through an import schema (not idempotent).</summary>
    Task<ImportResult> ImportRosterRecordAsync(
        long publishedActionId, long schemaId, IReadOnlyDictionary<string, string?> fields,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DeliveryTarget>> GetDeliveryTargetsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /deliverytargets/{id}/createbatch</c>: the next batch of approved submissions (may be empty).</summary>
    /// <exception cref="PowerSchoolOutcomeUnknownException">Sent but not answered: find the batch with getbatches, reset it.</exception>
    Task<DeliveryBatch> CreateBatchAsync(string targetId, CancellationToken cancellationToken = default);

    /// <summary>
    /// createbatch, answered with the body's bytes exactly as sent and nothing parsed, so a caller can keep a batch
    /// it cannot read. The same request and failures as <see cref="CreateBatchAsync"/>.
    /// </summary>
    /// <exception cref="PowerSchoolOutcomeUnknownException">Sent but not answered: find the batch with getbatches, reset it.</exception>
    Task<ReadOnlyMemory<byte>> CreateBatchRawAsync(string targetId, CancellationToken cancellationToken = default);

    /// <summary>Batches delivered to a target since <paramref name="since"/>, optionally only AutoOpen ones (no records).</summary>
    Task<IReadOnlyList<DeliveryBatch>> GetBatchesAsync(
        string targetId, DateOnly? since = null, bool autoOpenOnly = false, CancellationToken cancellationToken = default);

    /// <summary>Makes a batch's records deliverable again (and closes it); false when the batch does not exist.</summary>
    Task<bool> ResetBatchAsync(string targetId, string batchId, CancellationToken cancellationToken = default);

    IAsyncEnumerable<EnrollmentRecord> GetRosterRecordsAsync(
        long publishedActionId, EnrollmentPageOptions? options = null, CancellationToken cancellationToken = default);

    IAsyncEnumerable<EnrollmentRecord> GetSubmissionRecordsAsync(
        long publishedActionId, EnrollmentPageOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>One roster record; null when not found.</summary>
    Task<EnrollmentRecord?> GetRosterRecordAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>One submission record; null when not found.</summary>
    Task<EnrollmentRecord?> GetSubmissionRecordAsync(long id, CancellationToken cancellationToken = default);

    /// <summary><c>POST /submission</c> (not idempotent).</summary>
    Task<SubmissionCreated> CreateSubmissionAsync(
        long publishedActionId, IReadOnlyList<SubmissionDataItem> dataItems, CancellationToken cancellationToken = default);

    /// <summary>The (short-lived, signed) URL of an uploaded document; null when not found. Never log it.</summary>
    Task<Uri?> GetDocumentUrlAsync(string objectId, CancellationToken cancellationToken = default);

    /// <summary>The signed URL with content disposition and type set for the file name; null when not found.</summary>
    Task<Uri?> GetDocumentUrlAsync(string fileName, string providerDocUid, CancellationToken cancellationToken = default);

    /// <summary>Opens a document for streaming (no API key is sent to the storage host).</summary>
    Task<EnrollmentDocument> OpenDocumentAsync(Uri documentUrl, CancellationToken cancellationToken = default);

    /// <summary>Streams a document into <paramref name="destination"/> without holding it in memory.</summary>
    Task<DocumentCopyResult> CopyDocumentAsync(Uri documentUrl, Stream destination, CancellationToken cancellationToken = default);
}
