using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>What to generate for one submission.</summary>
/// <param name="Returning">True: re-enrol a SIS student; false: a new student; null: decide by ReturningShare.</param>
/// <param name="Flawed">True: carry one FlawKind; null: decide by FlawedShare.</param>
/// <param name="DocumentSizes">Byte sizes for the documents, in data item order (cycled); null: a few KB to 512 KB.</param>
/// <param name="Data">Given data (the family's answers) instead of generated data; documents are still generated.</param>
public sealed record GenerationRequest(
    bool Approved,
    string DeliveryTargetId,
    bool? Returning = null,
    bool? Flawed = null,
    IReadOnlyList<long>? DocumentSizes = null,
    SubmissionData? Data = null);
