using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>Two fixed checklists; their entries follow the submissions (one entry per submission).</summary>
public static class Checklists
{
    private static readonly ChecklistItem[] Items =
    [
        new("83838", "Photo", "232323", "Photo", "School photo."),
        new("83839", "Document", "232324", "Immunization record", "Up-to-date immunization record."),
    ];

    public static IReadOnlyList<ChecklistDetail> All(string academicYear) =>
    [
        new(435, "Registration Documents", academicYear, Items),
        new(477, "Health Forms", academicYear, Items[1..]),
    ];

    public static ChecklistEntry EntryFor(Submission submission, ChecklistDetail checklist)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(checklist);
        var parent = submission.Data.Parent1;
        var done = submission.Status == SubmissionStatus.Approved;
        return new ChecklistEntry(
            submission.Id,
            submission.Data.Student.StudentID,
            parent?.FirstName ?? "",
            parent?.LastName ?? "",
            submission.Data.Student.Grade ?? "",
            parent?.Email ?? "",
            checklist.Items.Select(item => new ChecklistEntryItem(
                item.Id,
                done ? "Completed" : "Incomplete",
                done ? submission.Submitted.UtcDateTime.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture) : null,
                "",
                "")).ToList());
    }
}
