using PowerSchool.Simulator.Enrollment.Batches;
using PowerSchool.Simulator.Enrollment.Roster;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.State;

/// <summary>
/// Everything the simulated Enrollment service holds. Not thread-safe on its own: only
/// <see cref="EnrollmentStore"/> hands it out, under its lock.
/// </summary>
public sealed class EnrollmentState
{
    public const long FirstSubmissionId = 100_001;
    public const long FirstRosterId = 500_001;

    public SortedDictionary<long, Submission> Submissions { get; } = [];

    public List<DeliveryBatch> Batches { get; } = [];

    public List<DeliveryEvent> History { get; } = [];

    public SortedDictionary<long, RosterRecord> Roster { get; } = [];

    public Dictionary<string, DocumentFile> Documents { get; } = new(StringComparer.OrdinalIgnoreCase);

    public long NextSubmissionId { get; private set; } = FirstSubmissionId;

    public long NextRosterId { get; private set; } = FirstRosterId;

    /// <summary>Adds or replaces a submission and indexes its documents.</summary>
    public void Put(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        Submissions[submission.Id] = submission;
        NextSubmissionId = Math.Max(NextSubmissionId, submission.Id + 1);
        foreach (var file in submission.DocumentFiles)
        {
            Documents[file.ObjectId] = file;
        }
    }

    public RosterRecord PutRoster(RosterRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Roster[record.Id] = record;
        NextRosterId = Math.Max(NextRosterId, record.Id + 1);
        return record;
    }
}
