namespace PsFunctions.Sync.Mapping;

/// <summary>A mapping file as written (before validation). See docs/mapping.md for the format.</summary>
internal sealed record MappingFileDocument
{
    public string? Description { get; init; }

    /// <summary>Path of the submission id in a delivery record.</summary>
    public string? SubmissionId { get; init; }

    /// <summary>Grade names (K, PK, TK ...) to SIS grade levels; replaces the built-in table when given.</summary>
    public Dictionary<string, int>? GradeLevels { get; init; }

    /// <summary>SIS field path to how its value is made.</summary>
    public Dictionary<string, MappingFieldEntry>? Fields { get; init; }

    /// <summary>Where each parent or guardian is on the form, for the SIS contacts (docs/mapping.md, "Contacts").</summary>
    public Contacts.ContactsSectionDocument? Contacts { get; init; }
}
