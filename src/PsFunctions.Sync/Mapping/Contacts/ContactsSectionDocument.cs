namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>The <c>contacts</c> section of a mapping file as written (before validation). See docs/mapping.md.</summary>
internal sealed record ContactsSectionDocument
{
    /// <summary>The form's relationship words (matched ignoring case) to the district's relationship codes.</summary>
    public Dictionary<string, string>? Relationships { get; init; }

    /// <summary>The code for a word the table does not know; without it such a contact is kept for a person.</summary>
    public string? OtherRelationship { get; init; }

    /// <summary>Where each parent or guardian is on the form.</summary>
    public ContactSourceDocument[]? People { get; init; }
}
