namespace PowerSchool.Client.Enrollment;

/// <summary>Paging and search for roster/submission record lists.</summary>
public sealed record EnrollmentPageOptions
{
    /// <summary>Records per page (PowerSchool's default is 50).</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>Extra search parameters passed through as query string values (e.g. <c>status</c>).</summary>
    public IReadOnlyDictionary<string, string>? Search { get; init; }
}
