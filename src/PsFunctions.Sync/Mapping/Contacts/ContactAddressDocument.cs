namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>A contact's own address on the form, as written: the paths of its parts and its district type code.</summary>
internal sealed record ContactAddressDocument
{
    public bool SameAsStudent { get; init; }

    public string? Street { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? PostalCode { get; init; }

    public string? Type { get; init; }
}
