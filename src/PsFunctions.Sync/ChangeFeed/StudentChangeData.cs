namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// The <c>data</c> of a student.created / updated / removed event: ids and the names of the tracked fields
/// that changed, never their values (subscribers read the student from PowerSchool when they need more).
/// </summary>
public sealed record StudentChangeData(long Dcid, string? StudentNumber, IReadOnlyList<string> ChangedFields);
