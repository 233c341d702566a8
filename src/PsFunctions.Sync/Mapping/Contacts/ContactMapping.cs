using System.Text.Json;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// A validated <c>contacts</c> section: where each parent or guardian is on the form and how the form's relationship words
/// become the district's codes. <see cref="None"/> when the mapping file has no section (no contact is written).
/// </summary>
public sealed class ContactMapping
{
    internal ContactMapping(IReadOnlyDictionary<string, string> relationships, string? otherRelationship, IReadOnlyList<ContactSource> sources)
    {
        Relationships = relationships;
        OtherRelationship = otherRelationship;
        Sources = sources;
    }

    public static ContactMapping None { get; } = new(new Dictionary<string, string>(), null, []);

    /// <summary>The form's relationship words (ignoring case) to the district's relationship codes.</summary>
    public IReadOnlyDictionary<string, string> Relationships { get; }

    /// <summary>The code for a word <see cref="Relationships"/> does not know; null keeps such a contact for a person.</summary>
    public string? OtherRelationship { get; }

    /// <summary>The entry names (<c>parent1</c>, <c>guardians</c>), in file order.</summary>
    public IReadOnlyList<string> EntryNames => [.. Sources.Select(source => source.Name)];

    /// <summary>Every relationship code the section can write, for a check against the district's codeset.</summary>
    public IReadOnlySet<string> RelationshipCodes =>
        Relationships.Values.Concat(Sources.Select(source => source.RelationshipCode)).Append(OtherRelationship)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>Every e-mail type code the section writes.</summary>
    public IReadOnlySet<string> EmailTypes => Sources.SelectMany(source => source.Emails).Select(rule => rule.Type).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every phone type code the section writes.</summary>
    public IReadOnlySet<string> PhoneTypes => Sources.SelectMany(source => source.Phones).Select(rule => rule.Type).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every address type code the section writes.</summary>
    public IReadOnlySet<string> AddressTypes =>
        Sources.Select(source => source.Address?.Type).OfType<string>().ToHashSet(StringComparer.Ordinal);

    internal IReadOnlyList<ContactSource> Sources { get; }

    /// <summary>
    /// The parents and guardians <paramref name="record"/> gives; <paramref name="studentFields"/> are the student's mapped
    /// SIS fields (a <c>sameAsStudent</c> address is the student's physical address).
    /// </summary>
    public ContactMappingOutcome Map(JsonElement record, IReadOnlyDictionary<string, string> studentFields) =>
        ContactMapper.Map(this, record, studentFields);
}
