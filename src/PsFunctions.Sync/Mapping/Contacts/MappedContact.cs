namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// A parent or guardian as the form gives it, mapped and validated: names, the district's relationship code, e-mails and
/// phones (the first of each is the primary / preferred one), an address, and the flags of the link to the student.
/// <see cref="Entry"/> names it in attention items and the ledger (<c>parent1</c>, <c>guardians[1]</c>).
/// </summary>
public sealed record MappedContact(string Entry, string FirstName, string? MiddleName, string LastName, string RelationshipCode)
{
    public IReadOnlyList<MappedContactChannel> Emails { get; init; } = [];

    public IReadOnlyList<MappedContactChannel> Phones { get; init; } = [];

    public MappedContactAddress? Address { get; init; }

    /// <summary>The flags the form or the mapping set; a flag not here is left as the SIS has it.</summary>
    public IReadOnlyDictionary<ContactFlag, bool> Flags { get; init; } = new Dictionary<ContactFlag, bool>();
}
