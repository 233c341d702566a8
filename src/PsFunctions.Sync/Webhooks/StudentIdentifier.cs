namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Which SIS student a command is about: exactly one of the DCID (student <c>id</c>), the student number
/// (<c>local_id</c>) or the state id (<c>state_province_id</c>).
/// </summary>
public sealed record StudentIdentifier(long? Dcid = null, string? StudentNumber = null, string? StateId = null);
