namespace PowerSchool.Client.Sis;

/// <summary>The <c>phones</c> expansion (<c>main</c> is the student's home phone).</summary>
public sealed record SisPhones
{
    public SisPhone? Main { get; init; }

    public SisPhone? HomePhone { get; init; }

    public SisPhone? Fax { get; init; }
}
