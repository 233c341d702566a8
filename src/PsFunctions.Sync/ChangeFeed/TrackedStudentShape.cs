using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Hashing;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// What to read of each student (projection of the tracked fields, plus the expansions they live in) and
/// how to turn a student into its <see cref="StudentFingerprint"/>.
/// </summary>
internal sealed class TrackedStudentShape
{
    // The student expansions PowerSchool documents (see powerschool-api-notes, EXPANSIONS): a tracked field
    // under one of these is only returned when the expansion is asked for.
    private static readonly HashSet<string> KnownExpansions = new(StringComparer.Ordinal)
    {
        "addresses", "alerts", "contact", "contact_info", "demographics", "ethnicity_race", "fees",
        "initial_enrollment", "lunch", "phones", "schedule_setup", "school_enrollment",
    };

    // PowerSchool's own names (snake_case) so tracked fields and changed-field names match the API documentation.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly IReadOnlyList<string> _trackedFields;

    public TrackedStudentShape(IReadOnlyList<string> trackedFields, int? pageSize = null)
    {
        ArgumentNullException.ThrowIfNull(trackedFields);
        _trackedFields = trackedFields;
        var topLevel = trackedFields.Select(static field => field.Split('.')[0]).Distinct(StringComparer.Ordinal).ToList();
        ReadOptions = new SisReadOptions
        {
            Projection = topLevel.Union(["id", "local_id"], StringComparer.Ordinal).ToList(),
            Expansions = topLevel.Where(KnownExpansions.Contains).ToList(),
            PageSize = pageSize,
        };
    }

    public SisReadOptions ReadOptions { get; }

    public StudentFingerprint Fingerprint(SisStudent student, IdentityHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(student);
        var json = JsonSerializer.SerializeToNode(student, Json) as JsonObject ?? [];
        return StudentFingerprint.Compute(json, _trackedFields, student.LocalId?.ToString(System.Globalization.CultureInfo.InvariantCulture), hasher);
    }
}
