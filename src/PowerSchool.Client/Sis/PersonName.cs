namespace PowerSchool.Client.Sis;

/// <summary>A person's name parts (<c>name</c> on students, principals).</summary>
public sealed record PersonName
{
    public string? FirstName { get; init; }

    public string? MiddleName { get; init; }

    public string? LastName { get; init; }
}
