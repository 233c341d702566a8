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

    /// <summary>
    /// Lifetime of an access token. Real PowerSchool tokens live for weeks: clients see <c>expires_in</c> values such as
    /// <c>"1814654"</c> and <c>"2504956"</c> (the time left of a reused token), so the default is 30 days.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int TokenLifetimeSeconds { get; set; } = 2_592_000;

    /// <summary>
    /// The plugin's <c>&lt;oauth accessLevelV1Api="…"/&gt;</c> (PowerSchool 25.2+): <c>Full</c> (default), <c>Read</c>
    /// (GETs only) or <c>None</c> (every <c>/ws/v1</c> call but the metadata gets 401).
    /// </summary>
    public V1ApiAccess V1ApiAccess { get; set; } = V1ApiAccess.Full;

    /// <summary>Most student records one <c>POST /ws/v1/student</c> may carry; above it the whole request is refused and nothing is written.</summary>
    [Range(1, 100_000)]
    public int MaxRecordsPerPost { get; set; } = 100;

    /// <summary>
    /// Status of that refusal (PowerSchool documents neither the limit nor its error): 413 by default; 400 and 422 are
    /// other plausible refusals; 500 models a server that fails the request without saying whether it wrote anything.
    /// </summary>
    [AllowedValues(400, 413, 422, 500)]
    public int TooManyRecordsStatusCode { get; set; } = 413;

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

    /// <summary>
    /// The application names of the plugin's data version subscriptions, comma-separated; <c>*</c> accepts any name.
    /// How a plugin declares one is not documented publicly, so the simulator takes the list as given.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string DataVersionApplications { get; set; } = "psfunctions";

    /// <summary>Whether <c>/ws/dataversion</c> writes <c>$dataversion</c> as a JSON number (the reference page) instead of a string (what clients observe).</summary>
    public bool DataVersionAsNumber { get; set; }

    /// <summary>
    /// Whether the plugin is installed with the PsFunctions named queries (<c>queries_root/</c> of the zip the product
    /// writes): true (default) answers them; false answers 404, as PowerSchool answers a query name it does not know.
    /// </summary>
    public bool PluginQueries { get; set; } = true;

    /// <summary>The plugin id that <c>/ws/v1/metadata</c> reports.</summary>
    public int PluginId { get; set; } = 1001;

    public int StudentPageSize => StudentMaxPageSize ?? MaxPageSize;

    public int SchoolPageSize => SchoolMaxPageSize ?? MaxPageSize;

    public int CoursePageSize => CourseMaxPageSize ?? MaxPageSize;

    public int SectionPageSize => SectionMaxPageSize ?? MaxPageSize;

    public int TablePageSize => SchemaTableQueryMaxPageSize ?? MaxPageSize;
}
