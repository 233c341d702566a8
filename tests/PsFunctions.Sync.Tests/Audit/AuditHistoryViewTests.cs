using PsFunctions.Sync.Audit;

namespace PsFunctions.Sync.Tests.Audit;

/// <summary>What <c>ops audit</c> prints: one line per entry (time, source, submission, action, student), then field: old -> new.</summary>
public sealed class AuditHistoryViewTests
{
    private static readonly DateTimeOffset At = new(2026, 9, 14, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_entry_shows_its_time_source_action_student_and_changes_oldest_first()
    {
        var view = new AuditHistoryView("100042", [5012],
        [
            new AuditEntry("100042", "100042", AuditSource.Batch, "UPDATE", 5012,
                [new FieldChange("addresses.physical.street", "40 Birch Lane", "12 Elm Street"), new FieldChange("name.middle_name", null, "Lee")],
                AuditState.Applied, At, At.AddSeconds(2)),
            new AuditEntry("webhook-cmd-9", "webhook-cmd-9", AuditSource.Webhook, "UPDATE", 5012,
                [new FieldChange("phones.main.number", "217-555-0143", "217-555-0199")], AuditState.Pending, At.AddDays(1)),
        ]);

        Assert.Equal(
            """
            Audit of submission 100042 (student 5012): 2 entries, oldest first
            2026-09-14 08:00:02Z  batch    100042  UPDATE  student 5012
                addresses.physical.street: "40 Birch Lane" -> "12 Elm Street"
                name.middle_name: (none) -> "Lee"
            2026-09-15 08:00:00Z  webhook  webhook-cmd-9  UPDATE  student 5012  (pending: PowerSchool's outcome was not confirmed)
                phones.main.number: "217-555-0143" -> "217-555-0199"

            """.ReplaceLineEndings(),
            view.ToText());
    }

    [Fact]
    public void A_submission_without_entries_says_why_there_may_be_none()
    {
        var text = new AuditHistoryView("100043", [], []).ToText();

        Assert.Contains("Submission 100043 has no audit entries", text, StringComparison.Ordinal);
        Assert.Contains("Sync:Audit:RetentionDays", text, StringComparison.Ordinal);
    }
}
