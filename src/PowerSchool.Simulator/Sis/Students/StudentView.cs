namespace PowerSchool.Simulator.Sis.Students;

/// <summary>What a student GET asked to see: expansions, extensions and a projection of top-level fields.</summary>
internal sealed record StudentView(IReadOnlySet<string> Expansions, IReadOnlySet<string> Extensions, IReadOnlySet<string>? Projection)
{
    /// <summary>Expansions PowerSchool publishes for a student, in the order of its <c>@expansions</c> attribute.</summary>
    public static readonly string[] AllExpansions =
    [
        "demographics", "addresses", "alerts", "phones", "school_enrollment", "ethnicity_race", "contact", "contact_info",
        "initial_enrollment", "schedule_setup", "fees", "lunch",
    ];

    public const string CoreFieldsExtension = "studentcorefields";

    public static StudentView From(IQueryCollection query) => new(
        Set(query["expansions"]),
        Set(query["extensions"]),
        query["projection"].ToString() is { Length: > 0 } projection && projection != "*" ? Set(projection) : null);

    public bool Shows(string field) => Projection is null || Projection.Contains(field);

    private static HashSet<string> Set(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
