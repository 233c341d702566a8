using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Documents;

/// <summary>
/// Handles a <see cref="DocumentMirrorMessage"/>: streams each referenced document from Enrollment into the
/// private document store at <see cref="DocumentPath"/>, checked against the download's length and MD5, and
/// publishes document.mirrored. Failures throw (integrity, not found, Enrollment unavailable) so the queue
/// retries the message; documents already stored are skipped, so a retry only does what is left. A document
/// whose URL or size breaks a download rule is kept as a rejection (<see cref="DocumentRefusals"/>) and the
/// message goes on: the same URL would be refused again.
/// </summary>
internal sealed class DocumentMirrorHandler(
    IEnrollmentClient enrollment,
    IDocumentStore store,
    IEventPublisher publisher,
    DocumentRefusals refusals,
    IOptions<DocumentMirrorOptions> options,
    TimeProvider time,
    ILogger<DocumentMirrorHandler> logger) : IWorkHandler<DocumentMirrorMessage>
{
    private readonly DocumentEvents _events = new(options.Value.EventSource, time);
    private readonly DocumentContentTypes _contentTypes = new(options.Value);
    private readonly long _maxBytes = options.Value.MaxBytes;

    public Task HandleAsync(DocumentMirrorMessage message, WorkDelivery delivery, CancellationToken cancellationToken = default) =>
        MirrorAsync(message, cancellationToken);

    /// <summary>Nothing more to keep when a document message is given up: the dispatcher's dead letter names its documents.</summary>
    public Task OnLastDeliveryFailedAsync(DocumentMirrorMessage message, WorkFailure failure, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Mirrors every document of the message, in order; returns where each one is (refused ones are not listed).</summary>
    /// <exception cref="DocumentIntegrityException">A download did not match its length or MD5 (nothing was kept).</exception>
    /// <exception cref="DocumentNotFoundException">Enrollment does not know an object id.</exception>
    /// <exception cref="ArgumentException">An id cannot be part of a blob path.</exception>
    public async Task<IReadOnlyList<MirroredDocument>> MirrorAsync(DocumentMirrorMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(message.Documents);
        var paths = message.Documents.Select(document => DocumentPath.For(message.DeliveryTargetId, message.SubmissionId, document.ObjectId)).ToList();
        var mirrored = new List<MirroredDocument>(message.Documents.Count);
        for (var i = 0; i < message.Documents.Count; i++)
        {
            try
            {
                mirrored.Add(await MirrorAsync(message, message.Documents[i], paths[i], cancellationToken).ConfigureAwait(false));
            }
            catch (DocumentRefusedException refused)
            {
                await refusals.KeepAsync(message, message.Documents[i], refused, cancellationToken).ConfigureAwait(false);
            }
        }

        return mirrored;
    }

    private async Task<MirroredDocument> MirrorAsync(DocumentMirrorMessage message, DocumentReference document, string path, CancellationToken cancellationToken)
    {
        // Enrollment never changes the bytes behind an object id (a new upload gets a new id) and the store keeps
        // nothing that failed its check, so a stored file with an MD5 is already the source's file: skip it
        // without asking Enrollment for a URL or downloading anything.
        var stored = await store.GetAsync(path, cancellationToken).ConfigureAwait(false);
        var skipped = stored is { ContentMd5.Length: > 0 };
        if (!skipped)
        {
            stored = await DownloadAsync(message, document, path, cancellationToken).ConfigureAwait(false);
        }

        // Published for a skipped document too (same id): a crash between storing and publishing loses no event.
        await publisher.PublishAsync([_events.Mirrored(message, document, stored!)], cancellationToken).ConfigureAwait(false);
        if (skipped)
        {
            DocumentMirrorLog.Skipped(logger, message.DeliveryTargetId, message.SubmissionId, document.ObjectId, stored!.Length);
        }
        else
        {
            DocumentMirrorLog.Stored(logger, message.DeliveryTargetId, message.SubmissionId, document.ObjectId, stored!.Length);
        }

        return new MirroredDocument(document.ObjectId, document.DataItem, path, stored.Length, skipped);
    }

    private async Task<StoredDocument> DownloadAsync(DocumentMirrorMessage message, DocumentReference document, string path, CancellationToken cancellationToken)
    {
        var url = await enrollment.GetDocumentUrlAsync(document.ObjectId, cancellationToken).ConfigureAwait(false);
        if (url is null)
        {
            DocumentMirrorLog.NotFound(logger, message.SubmissionId, document.ObjectId);
            throw new DocumentNotFoundException($"Enrollment has no document {document.ObjectId} (submission {message.SubmissionId}).")
            {
                ObjectId = document.ObjectId,
            };
        }

        var source = await enrollment.OpenDocumentAsync(url, cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            if (source.Length > _maxBytes)
            {
                throw SizeLimitedStream.TooLarge(_maxBytes);
            }

            WarnWhenUnverified(message, document, source);
            var upload = new DocumentUpload(path, _contentTypes.Of(source.ContentType), source.Length, source.ContentMd5, Metadata(message, document));
            try
            {
                // A stream that ends the upload when the source sends more than the limit; nothing partial is kept.
                using var limited = new SizeLimitedStream(source.Content, _maxBytes);
                return await store.UploadAsync(upload, limited, cancellationToken).ConfigureAwait(false);
            }
            catch (DocumentIntegrityException exception)
            {
                DocumentMirrorLog.IntegrityFailed(logger, message.SubmissionId, document.ObjectId, exception);
                throw;
            }
        }
    }

    private void WarnWhenUnverified(DocumentMirrorMessage message, DocumentReference document, EnrollmentDocument source)
    {
        var missing = (source.Length is null, source.ContentMd5 is not { Length: > 0 }) switch
        {
            (true, true) => "Content-Length and Content-MD5",
            (true, false) => "Content-Length",
            (false, true) => "Content-MD5",
            _ => null,
        };
        if (missing is not null)
        {
            DocumentMirrorLog.Unverified(logger, message.SubmissionId, document.ObjectId, missing);
        }
    }

    private static Dictionary<string, string> Metadata(DocumentMirrorMessage message, DocumentReference document) => new(StringComparer.Ordinal)
    {
        ["deliveryTargetId"] = message.DeliveryTargetId,
        ["submissionId"] = message.SubmissionId,
        ["objectId"] = document.ObjectId,
        ["dataItem"] = document.DataItem,
    };
}
