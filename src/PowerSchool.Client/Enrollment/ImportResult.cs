namespace PowerSchool.Client.Enrollment;

/// <summary>The answer to a roster record import: <c>Success</c>, or <c>Error</c> with messages.</summary>
public sealed record ImportResult(string? Status, IReadOnlyList<string> Errors)
{
    public bool Succeeded => string.Equals(Status, "Success", StringComparison.OrdinalIgnoreCase);
}
