using System.Text.Json;

namespace PowerSchool.Client.Enrollment;

/// <summary>
/// A roster or submission record. The common fields are typed; <see cref="DataItems"/> holds the form's
/// fields and <see cref="Raw"/> the whole record as PowerSchool sent it.
/// </summary>
public sealed record EnrollmentRecord
{
    public long Id { get; init; }

    public string? Status { get; init; }

    public string? ExternalStudentId { get; init; }

    public string? ExternalFamilyId { get; init; }

    public string? School { get; init; }

    public string? Grade { get; init; }

    public DateTimeOffset? Submitted { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Form field values by field name (as text).</summary>
    public IReadOnlyDictionary<string, string?> DataItems { get; init; } = new Dictionary<string, string?>();

    /// <summary>The record exactly as PowerSchool sent it.</summary>
    public JsonElement Raw { get; init; }
}
