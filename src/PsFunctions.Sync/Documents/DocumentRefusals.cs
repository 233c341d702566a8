using Microsoft.Extensions.Logging;
using PowerSchool.Client.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Documents;

/// <summary>
/// Keeps a refused document (its URL, address, size broke a rule) as a rejection of that document alone, with the
/// rule as its reason: the refusal is final for that URL, so it is not retried, and a person who changed the rule can
/// replay it (the rejection holds the one-document message). The submission's other documents go on.
/// </summary>
internal sealed class DocumentRefusals(IRejectionStore rejections, TimeProvider time, ILogger<DocumentRefusals> logger)
{
    public async Task KeepAsync(DocumentMirrorMessage message, DocumentReference document, DocumentRefusedException refused, CancellationToken cancellationToken)
    {
        var single = message with { Documents = [document] };
        var reason = new RejectionReason(document.DataItem, "was not downloaded: " + refused.Message, "document download rules (docs/security.md, Document URLs)");
        await rejections.SaveAsync(
            new Rejection(Rejection.DocumentKey(message.SubmissionId, document.ObjectId), message.DeliveryTargetId, string.Empty,
                DocumentMirrorMessage.ToJson(single), [reason], time.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        DocumentMirrorLog.Refused(logger, message.SubmissionId, document.ObjectId, refused.Message);
    }
}
