using PowerSchool.Simulator.Enrollment.Batches;

namespace PowerSchool.Simulator.Enrollment.Admin;

/// <summary>Body of <c>POST /_sim/enrollment/batch-flaws</c>: <c>{"flaws":["RecordWithoutId","RecordWithoutData","DuplicateRecordId","Truncated"]}</c>.</summary>
public sealed record BatchFlawsRequest(IReadOnlyList<BatchFlaw> Flaws);
