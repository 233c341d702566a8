using System.Globalization;
using System.Text;

namespace PsFunctions.Sync.Audit;

/// <summary>
/// A submission's audit history (<see cref="AuditHistory"/>): the students it was applied to and the entries, oldest
/// first. <see cref="ToText"/> is what <c>ops audit</c> prints: student values, for the operator's console only.
/// </summary>
public sealed record AuditHistoryView(string SubmissionId, IReadOnlyList<long> Dcids, IReadOnlyList<AuditEntry> Entries)
{
    /// <summary>One line per entry (time, source, submission, action, student, state), then one per field: old → new.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        if (Entries.Count == 0)
        {
            return text.Append(CultureInfo.InvariantCulture,
                $"Submission {SubmissionId} has no audit entries (an UPDATE that changed nothing records none; entries older than {AuditOptions.Section}:RetentionDays are purged).")
                .AppendLine().ToString();
        }

        var students = Dcids.Count == 0 ? "no student yet" : "student " + string.Join(", ", Dcids);
        text.Append(CultureInfo.InvariantCulture, $"Audit of submission {SubmissionId} ({students}): {Entries.Count} entr{(Entries.Count == 1 ? "y" : "ies")}, oldest first").AppendLine();
        foreach (var entry in Entries)
        {
            var at = (entry.AppliedAt ?? entry.RecordedAt).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var dcid = entry.Dcid is { } id ? id.ToString(CultureInfo.InvariantCulture) : "-";
            var state = entry.State == AuditState.Applied ? string.Empty : "  (pending: PowerSchool's outcome was not confirmed)";
            text.Append(CultureInfo.InvariantCulture,
                $"{at}  {Source(entry.Source),-7}  {entry.SubmissionId}  {entry.Action}  student {dcid}{state}").AppendLine();
            foreach (var change in entry.Changes)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {change.Field}: {Shown(change.Old)} -> {Shown(change.New)}").AppendLine();
            }
        }

        return text.ToString();
    }

    private static string Source(AuditSource source) => source == AuditSource.Webhook ? "webhook" : "batch";

    private static string Shown(string? value) => value is null ? "(none)" : $"\"{value}\"";
}
