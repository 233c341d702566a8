namespace PowerSchool.Client.Sis.Schools;

/// <summary>A school's principal or assistant principal.</summary>
public sealed record SchoolPrincipal
{
    public PersonName? Name { get; init; }

    public string? Email { get; init; }
}
