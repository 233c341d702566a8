using System.Diagnostics.CodeAnalysis;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Mapping;

/// <summary>The result of mapping one delivery record: a <see cref="MappedStudent"/>, or the reasons it was rejected.</summary>
public sealed record MappingOutcome
{
    private MappingOutcome(string submissionId, MappedStudent? student, IReadOnlyList<RejectionReason> reasons)
    {
        SubmissionId = submissionId;
        Student = student;
        Reasons = reasons;
    }

    /// <summary>The submission id of the record (empty when the record has none; it is then rejected).</summary>
    public string SubmissionId { get; }

    public MappedStudent? Student { get; }

    /// <summary>Empty when mapped.</summary>
    public IReadOnlyList<RejectionReason> Reasons { get; }

    [MemberNotNullWhen(true, nameof(Student))]
    public bool IsMapped => Student is not null;

    public static MappingOutcome Mapped(MappedStudent student)
    {
        ArgumentNullException.ThrowIfNull(student);
        return new MappingOutcome(student.SubmissionId, student, []);
    }

    public static MappingOutcome Rejected(string submissionId, IReadOnlyList<RejectionReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        if (reasons.Count == 0)
        {
            throw new ArgumentException("A rejection needs at least one reason.", nameof(reasons));
        }

        return new MappingOutcome(submissionId, null, reasons);
    }
}
