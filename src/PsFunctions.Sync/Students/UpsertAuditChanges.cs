using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Audit;

namespace PsFunctions.Sync.Students;

/// <summary>
/// What a planned write changes: each field it sends whose value differs (<see cref="FieldValueComparison.Unchanged"/>) from
/// what the matched student holds (<see cref="PlannedWrite.Before"/>), in the write's field order. A write with no
/// <c>Before</c> (an INSERT: there was no student) changes every field it sends, from nothing.
/// </summary>
internal static class UpsertAuditChanges
{
    public static IReadOnlyList<FieldChange> Of(PlannedWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var before = write.Before;
        return [.. write.Write.Fields
            .Select(pair => new FieldChange(pair.Key, before?.GetValueOrDefault(pair.Key), pair.Value))
            .Where(change => before is null || !FieldValueComparison.Unchanged(change.Field, change.Old, change.New))];
    }
}
