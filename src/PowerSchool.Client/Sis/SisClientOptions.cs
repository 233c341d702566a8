using System.ComponentModel.DataAnnotations;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Resilience;

namespace PowerSchool.Client.Sis;

/// <summary>
/// SIS client settings, bound from <c>PowerSchool:Sis</c> and validated at start. Setters (not init) so
/// tests and hosts can also configure in code.
/// </summary>
public sealed class SisClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PowerSchool:Sis";

    /// <summary>The district's PowerSchool root, e.g. <c>https://district.powerschool.com</c>.</summary>
    [Required(ErrorMessage = "PowerSchool:Sis:BaseUrl is required.")]
    [HttpsOrLoopback]
    public Uri? BaseUrl { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string ClientIdSecretName { get; set; } = "powerschool-sis-client-id";

    [Required(AllowEmptyStrings = false)]
    public string ClientSecretSecretName { get; set; } = "powerschool-sis-client-secret";

    /// <summary>Concurrent calls to this host from the whole process (shared district servers).</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Students per POST.</summary>
    [Range(1, 1000)]
    public int MaxRecordsPerPost { get; set; } = 100;

    /// <summary>Pages fetched at once by one paged read (also bounded by <see cref="MaxConcurrency"/>).</summary>
    [Range(1, 16)]
    public int PageParallelism { get; set; } = 3;

    /// <summary>A token is renewed this long before PowerSchool says it expires.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan TokenExpiryMargin { get; set; } = TimeSpan.FromMinutes(5);

    public PowerSchoolResilienceOptions Resilience { get; set; } = new();
}
