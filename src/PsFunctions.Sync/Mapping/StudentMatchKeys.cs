namespace PsFunctions.Sync.Mapping;

/// <summary>
/// The keys that find an existing SIS student for a mapped record, strongest first: the student number
/// (local_id), the state id (state_province_id), then last name + first name + birth date.
/// </summary>
public sealed record StudentMatchKeys(
    string? StudentNumber,
    string? StateId,
    string LastName,
    string FirstName,
    DateOnly? BirthDate);
