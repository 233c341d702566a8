using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// A submission's page: its versions from the upsert ledger (batch, state, action, DCID), its waiting rejection, and its
/// documents in the store, read under each delivery target its versions came from. Documents are streamed through the
/// console (<see cref="OpenDocumentAsync"/>), so staff never get a storage URL.
/// </summary>
public sealed class ConsoleSubmissions(IUpsertLedger ledger, IRejectionStore rejections, IDocumentStore documents)
{
    public async Task<ConsoleSubmission> ReadAsync(string submissionId, CancellationToken cancellationToken)
    {
        var versions = await ledger.GetVersionsAsync(submissionId, cancellationToken);
        var rejection = await rejections.GetAsync(submissionId, cancellationToken);
        var targets = versions.Select(version => version.DeliveryTargetId).Append(rejection?.DeliveryTargetId)
            .OfType<string>().Where(target => !target.StartsWith(Rejection.WebhookDeliveryTargetPrefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);
        var stored = new List<ConsoleDocument>();
        foreach (var target in targets)
        {
            await foreach (var document in documents.ListAsync(target, submissionId, cancellationToken))
            {
                stored.Add(new ConsoleDocument(target, document.Path[(document.Path.LastIndexOf('/') + 1)..], document.Length, document.ContentType));
            }
        }

        return new ConsoleSubmission(
            submissionId,
            [.. versions.Select(v => new ConsoleSubmissionVersion(v.DeliveryTargetId, v.BatchId, v.State.ToString(), v.Action, v.Dcid, v.DeliveredAt, v.UpdatedAt))],
            rejection is { Resolved: false, IsSuperseded: false } ? ConsoleRejection.From(rejection) : null,
            stored);
    }

    /// <summary>The stored document's content and type, or null when the submission has no such document under the target.</summary>
    public async Task<(Stream Content, string ContentType)?> OpenDocumentAsync(
        string deliveryTargetId, string submissionId, string objectId, CancellationToken cancellationToken)
    {
        var path = DocumentPath.For(deliveryTargetId, submissionId, objectId);
        var document = await documents.GetAsync(path, cancellationToken);
        var content = document is null ? null : await documents.OpenReadAsync(path, cancellationToken);
        return content is null ? null : (content, document!.ContentType);
    }
}
