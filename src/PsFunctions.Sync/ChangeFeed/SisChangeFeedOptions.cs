using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>Settings of the SIS change feed, bound from <c>Sync:ChangeFeed</c>.</summary>
public sealed class SisChangeFeedOptions : IValidatableObject
{
    public const string Section = "Sync:ChangeFeed";

    public const string DefaultTrackedFields = "id,local_id,state_province_id,name,school_enrollment,demographics";

    /// <summary>
    /// Comma-separated student fields whose changes are published: top-level names of <c>/ws/v1/student</c>
    /// (expansions such as <c>demographics</c> are requested for you) or dotted paths
    /// (<c>school_enrollment.grade_level</c>). One string, so an app setting can replace the whole list.
    /// </summary>
    [Required]
    public string TrackedFields { get; init; } = DefaultTrackedFields;

    /// <summary>How often every student is read and compared, which also finds removed students.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan FullScanInterval { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Whether the first run publishes <c>student.created</c> for every existing student (default: record quietly).</summary>
    public bool PublishBaseline { get; init; }

    /// <summary>The application name PowerSchool keeps our data version under (<c>$dataversion_applicationname</c>).</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,64}$", ErrorMessage = "Sync:ChangeFeed:ApplicationName must be 1-64 letters, digits, '_', '.' or '-'.")]
    public string ApplicationName { get; init; } = "psfunctions";

    /// <summary>
    /// The data-versioned PowerQuery that lists the DCIDs of students changed since a data version (PowerSchool's
    /// core DCID map by default; a plugin may point this at its own query).
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.]{1,200}$", ErrorMessage = "Sync:ChangeFeed:ChangesQuery must be a PowerQuery name (letters, digits, '_' and '.').")]
    public string ChangesQuery { get; init; } = "com.pearson.core.student.student_dcid_id_map";

    /// <summary>Students read, published and saved together; bounds memory and the size of one publish.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; init; } = 200;

    /// <summary>Students read at once (GETs in flight) when they are read one by one instead of with the plugin's DCID query.</summary>
    [Range(1, 32)]
    public int MaxConcurrentReads { get; init; } = 4;

    /// <summary>The CloudEvents <c>source</c> of student events.</summary>
    [Required]
    public string EventSource { get; init; } = "/powerschool/sis";

    /// <summary>The <see cref="TrackedFields"/> as a list, trimmed, without duplicates.</summary>
    public IReadOnlyList<string> GetTrackedFields() =>
        (TrackedFields ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var fields = GetTrackedFields();
        if (fields.Count == 0)
        {
            yield return new ValidationResult("Sync:ChangeFeed:TrackedFields must name at least one student field.", [nameof(TrackedFields)]);
        }

        foreach (var field in fields)
        {
            if (string.IsNullOrWhiteSpace(field) || !field.All(static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '.')
                || field.StartsWith('.') || field.EndsWith('.') || field.Contains("..", StringComparison.Ordinal))
            {
                yield return new ValidationResult(
                    $"Sync:ChangeFeed:TrackedFields holds '{field}': a field must be a lower-case PowerSchool name or dotted path (a-z, 0-9, '_', '.').",
                    [nameof(TrackedFields)]);
            }
        }
    }
}
