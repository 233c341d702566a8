using System.Text.Json;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary><c>student.attention</c>: an attention item was kept. Ids, the field name, the kind and the problem only, never the values.</summary>
internal static class AttentionEvents
{
    /// <summary>Subject <c>submission/&lt;id&gt;</c>, session key the submission id; the event id follows the item's id, so a retry repeats it.</summary>
    public static IntegrationEvent Raised(AttentionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var data = JsonSerializer.SerializeToElement(
            new AttentionData(item.Id, item.SubmissionId, item.DeliveryTargetId, item.BatchId, item.Dcid, item.Field,
                item.Kind.ToString().ToLowerInvariant(), item.Problem),
            UpsertEventJsonContext.Default.AttentionData);
        return new IntegrationEvent(
            EventIds.For(EventTypes.StudentAttention, item.Id), EventTypes.StudentAttention, UpsertEvents.Source,
            $"submission/{item.SubmissionId}", item.SubmissionId, item.CreatedAt, data);
    }

    internal sealed record AttentionData(
        string AttentionId, string SubmissionId, string DeliveryTargetId, string BatchId, long Dcid, string Field, string Kind, string Problem);
}
