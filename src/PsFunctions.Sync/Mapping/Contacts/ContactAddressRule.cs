using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// A validated contact address source: the student's mapped physical address (<see cref="SameAsStudent"/>), or the
/// paths of the contact's own street, city, state and postal code.
/// </summary>
internal sealed record ContactAddressRule(bool SameAsStudent, SourcePath? Street, SourcePath? City, SourcePath? State, SourcePath? PostalCode, string Type);
