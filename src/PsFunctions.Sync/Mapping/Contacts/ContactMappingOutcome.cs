namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>The contacts a delivery record gives, and what could not be mapped (kept for a person, never dropped silently).</summary>
public sealed record ContactMappingOutcome(IReadOnlyList<MappedContact> Contacts, IReadOnlyList<ContactMappingProblem> Problems);
