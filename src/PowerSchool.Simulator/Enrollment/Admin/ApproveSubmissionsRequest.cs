namespace PowerSchool.Simulator.Enrollment.Admin;

/// <summary>Body of POST /_sim/enrollment/submissions/approve: the ids to approve; none (or no body) approves every pending one.</summary>
public sealed record ApproveSubmissionsRequest(IReadOnlyList<long>? Ids);
