namespace PsFunctions.Sync.Audit;

/// <summary>
/// One SIS field a write changed: its path (as in <c>SisStudentFields</c>), the value the SIS held before
/// (<paramref name="Old"/>; null when it held none, or for an INSERT) and the value written. Student data: stored in the
/// protected audit table, never logged or put in an event (events carry <see cref="Field"/> only).
/// </summary>
public sealed record FieldChange(string Field, string? Old, string New);
