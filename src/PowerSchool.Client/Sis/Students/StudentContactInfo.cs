namespace PowerSchool.Client.Sis.Students;

/// <summary>The <c>contact_info</c> expansion.</summary>
public sealed record StudentContactInfo
{
    public string? Email { get; init; }
}
