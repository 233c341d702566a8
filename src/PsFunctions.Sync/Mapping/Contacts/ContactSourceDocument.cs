using System.Text.Json;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>One parent or guardian entry of a mapping file's <c>contacts.people</c>, as written.</summary>
internal sealed record ContactSourceDocument
{
    /// <summary>The entry's name (<c>parent1</c>): it names the contact in errors, attention items and the ledger.</summary>
    public string? Name { get; init; }

    /// <summary>The object holding this person's items (<c>data.parent1</c>); the other paths are relative to it.</summary>
    public string? From { get; init; }

    /// <summary>An array of such objects (<c>data.guardians</c>): one contact per element. Exclusive with <see cref="From"/>.</summary>
    public string? Each { get; init; }

    public string? FirstName { get; init; }

    public string? MiddleName { get; init; }

    public string? LastName { get; init; }

    /// <summary>The item holding the relationship word (<c>Mother</c>), mapped through <c>contacts.relationships</c>.</summary>
    public string? Relationship { get; init; }

    /// <summary>The relationship code when the form has no item for it (a guardians block that is always "Guardian").</summary>
    public string? RelationshipCode { get; init; }

    public ContactChannelDocument[]? Emails { get; init; }

    public ContactChannelDocument[]? Phones { get; init; }

    /// <summary><c>"sameAsStudent"</c>, or an object of paths (street, city, state, postalCode) with a type.</summary>
    public JsonElement? Address { get; init; }

    /// <summary>custody, emergency, livesWith, schoolPickup, receivesMail: <c>true</c>/<c>false</c>, or the path of a yes/no item.</summary>
    public Dictionary<string, JsonElement>? Flags { get; init; }
}
