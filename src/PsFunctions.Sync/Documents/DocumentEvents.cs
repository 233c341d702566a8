using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Documents;

/// <summary>
/// Builds document.mirrored events. The id is a hash of the blob path and the file's MD5, so the event for a
/// document is the same whenever it is published (a retried message re-publishes it and the broker drops it).
/// </summary>
internal sealed class DocumentEvents(string source, TimeProvider timeProvider)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IntegrationEvent Mirrored(DocumentMirrorMessage message, DocumentReference document, StoredDocument stored)
    {
        var data = new DocumentMirroredData(message.DeliveryTargetId, message.SubmissionId, document.ObjectId, document.DataItem, stored.Path, stored.Length);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{EventTypes.DocumentMirrored}|{stored.Path}|{Convert.ToHexString(stored.ContentMd5)}"));
        return new IntegrationEvent(
            new Guid(hash.AsSpan(0, 16)).ToString("D"),
            EventTypes.DocumentMirrored,
            source,
            $"document/{stored.Path}",
            message.SubmissionId,
            timeProvider.GetUtcNow(),
            JsonSerializer.SerializeToElement(data, Json));
    }
}
