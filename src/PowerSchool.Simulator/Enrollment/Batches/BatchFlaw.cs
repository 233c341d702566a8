namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>A way the next createbatch answer is broken (simulator only, <c>POST /_sim/enrollment/batch-flaws</c>).</summary>
public enum BatchFlaw
{
    /// <summary>The first record has no <c>id</c>.</summary>
    RecordWithoutId,

    /// <summary>The second record has no <c>data</c>.</summary>
    RecordWithoutData,

    /// <summary>The last record carries the id of the record before it.</summary>
    DuplicateRecordId,

    /// <summary>The answer is cut off in the middle of its first record (not JSON).</summary>
    Truncated,
}
