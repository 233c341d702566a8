namespace PowerSchool.Client.Sis;

/// <summary>The <c>addresses</c> expansion.</summary>
public sealed record SisAddresses
{
    public SisAddress? Physical { get; init; }

    public SisAddress? Mailing { get; init; }

    public SisAddress? Home { get; init; }
}
