using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Admin;

/// <summary>
/// Body of POST /_sim/enrollment/submissions: <see cref="Count"/> generated submissions, or the given
/// <see cref="Submissions"/> (the <c>data</c> objects families would send), or both.
/// </summary>
public sealed record CreateSubmissionsRequest
{
    /// <summary>How many to generate (0..10000).</summary>
    public int Count { get; init; }

    /// <summary>Create them approved (available to the next createbatch); null means true.</summary>
    /// <remarks>Nullable rather than defaulted: source-generated JSON sets a missing init property to its type's default.</remarks>
    public bool? Approved { get; init; }

    /// <summary>true: returning SIS students only; false: new students only; null: ReturningShare decides.</summary>
    public bool? Returning { get; init; }

    /// <summary>true: each carries one deliberate flaw; false: none; null: FlawedShare decides.</summary>
    public bool? Flawed { get; init; }

    /// <summary>Document sizes in bytes (1 B..50 MiB), applied to the documents in data item order and repeated.</summary>
    public IReadOnlyList<long>? DocumentSizes { get; init; }

    /// <summary>Delivery target; default the first configured one.</summary>
    public string? DeliveryTargetId { get; init; }

    /// <summary>Given family data; documents are generated for them like for the rest.</summary>
    public IReadOnlyList<SubmissionData>? Submissions { get; init; }
}
