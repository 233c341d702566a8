using System.ComponentModel.DataAnnotations;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis;

/// <summary>The simulated plugin's credentials and limits (<c>Simulator:Sis</c>).</summary>
public sealed class SisOptions
{
    public const string Section = "Simulator:Sis";

    [Required]
    public string ClientId { get; set; } = "psfunctions-simulator-client";

    [Required]
    public string ClientSecret { get; set; } = "psfunctions-simulator-secret";

    /// <summary>Lifetime of an access token (real PowerSchool: about 30 days).</summary>
    [Range(1, int.MaxValue)]
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Most student records one <c>POST /ws/v1/student</c> may carry; above it the whole request is refused.</summary>
    [Range(1, 100_000)]
    public int MaxRecordsPerPost { get; set; } = 100;

    /// <summary>Maximum page size of every resource without its own setting (PowerSchool's default is 100).</summary>
    [Range(1, 100_000)]
    public int MaxPageSize { get; set; } = 100;

    [Range(1, 100_000)]
    public int? StudentMaxPageSize { get; set; }

    [Range(1, 100_000)]
    public int? SchoolMaxPageSize { get; set; }

    [Range(1, 100_000)]
    public int? CourseMaxPageSize { get; set; }

    [Range(1, 100_000)]
    public int? SectionMaxPageSize { get; set; }

    [Range(1, 100_000)]
    public int? SchemaTableQueryMaxPageSize { get; set; }

    /// <summary>
    /// How a backslash in a <c>q</c> is read (<c>Simulator:Sis:FiqlEscapes</c>): <c>Honoured</c> (default, the next
    /// character is literal) or <c>Stripped</c> (dropped, the rest read as unescaped: the worst case for a client).
    /// </summary>
    public FiqlEscapes FiqlEscapes { get; set; } = FiqlEscapes.Honoured;

    /// <summary>The plugin id that <c>/ws/v1/metadata</c> reports.</summary>
    public int PluginId { get; set; } = 1001;

    public int StudentPageSize => StudentMaxPageSize ?? MaxPageSize;

    public int SchoolPageSize => SchoolMaxPageSize ?? MaxPageSize;

    public int CoursePageSize => CourseMaxPageSize ?? MaxPageSize;

    public int SectionPageSize => SectionMaxPageSize ?? MaxPageSize;

    public int TablePageSize => SchemaTableQueryMaxPageSize ?? MaxPageSize;
}
