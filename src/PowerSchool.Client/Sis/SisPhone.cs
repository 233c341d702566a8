namespace PowerSchool.Client.Sis;

/// <summary>One phone number.</summary>
public sealed record SisPhone
{
    public string? Number { get; init; }
}
