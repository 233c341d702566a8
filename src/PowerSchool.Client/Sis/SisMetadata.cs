namespace PowerSchool.Client.Sis;

/// <summary>The parts of <c>/ws/v1/metadata</c> the client uses (page size limits, versions).</summary>
public sealed record SisMetadata
{
    public string? PowerschoolVersion { get; init; }

    public long? PluginId { get; init; }

    public int? StudentMaxPageSize { get; init; }

    public int? SchoolMaxPageSize { get; init; }

    public int? CourseMaxPageSize { get; init; }

    public int? SectionMaxPageSize { get; init; }

    public int? SchemaTableQueryMaxPageSize { get; init; }

    public int? StaffMaxPageSize { get; init; }

    public int? TermMaxPageSize { get; init; }
}
