using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// A validated parent or guardian entry: the object (or array of objects, <see cref="IsEach"/>) holding the person's items,
/// and the paths of each item relative to it.
/// </summary>
internal sealed record ContactSource(string Name, SourcePath Base, bool IsEach)
{
    public required SourcePath FirstName { get; init; }

    public SourcePath? MiddleName { get; init; }

    public required SourcePath LastName { get; init; }

    public SourcePath? Relationship { get; init; }

    public string? RelationshipCode { get; init; }

    public IReadOnlyList<ContactChannelRule> Emails { get; init; } = [];

    public IReadOnlyList<ContactChannelRule> Phones { get; init; } = [];

    public ContactAddressRule? Address { get; init; }

    public IReadOnlyDictionary<ContactFlag, ContactFlagRule> Flags { get; init; } = new Dictionary<ContactFlag, ContactFlagRule>();
}
