using System.ComponentModel.DataAnnotations;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Secrets;

namespace PowerSchool.Client.Sis;

/// <summary>
/// SIS client settings, bound from <c>PowerSchool:Sis</c> and validated at start with their DataAnnotations;
/// each failure names its setting (<c>PowerSchool:Sis:MaxConcurrency</c>). Setters (not init) so tests and
/// hosts can also configure in code.
/// </summary>
public sealed class SisClientOptions : IValidatableObject, IRequiredSecrets
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PowerSchool:Sis";

    /// <summary>The district's PowerSchool root, e.g. <c>https://district.powerschool.com</c>.</summary>
    [Required]
    [HttpsOrLoopback]
    [Display(Name = SectionName + ":" + nameof(BaseUrl))]
    public Uri? BaseUrl { get; set; }

    [Required(AllowEmptyStrings = false)]
    [Display(Name = SectionName + ":" + nameof(ClientIdSecretName))]
    public string ClientIdSecretName { get; set; } = "powerschool-sis-client-id";

    [Required(AllowEmptyStrings = false)]
    [Display(Name = SectionName + ":" + nameof(ClientSecretSecretName))]
    public string ClientSecretSecretName { get; set; } = "powerschool-sis-client-secret";

    /// <summary>Concurrent calls to this host from the whole process (shared district servers).</summary>
    [Range(1, 64)]
    [Display(Name = SectionName + ":" + nameof(MaxConcurrency))]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// The district's "minimum time interval (ms) between API requests per plugin" (0: none). Every SIS request of the
    /// process, retries and token requests included, starts at least this long (plus a small margin) after the previous
    /// one, on top of <see cref="MaxConcurrency"/>. Per process: with several instances, see docs/deploy.md.
    /// </summary>
    [Range(0, 600_000)]
    [Display(Name = SectionName + ":" + nameof(MinRequestIntervalMs))]
    public int MinRequestIntervalMs { get; set; }

    /// <summary>Students per POST.</summary>
    [Range(1, 1000)]
    [Display(Name = SectionName + ":" + nameof(MaxRecordsPerPost))]
    public int MaxRecordsPerPost { get; set; } = 100;

    /// <summary>Pages fetched at once by one paged read (also bounded by <see cref="MaxConcurrency"/>).</summary>
    [Range(1, 16)]
    [Display(Name = SectionName + ":" + nameof(PageParallelism))]
    public int PageParallelism { get; set; } = 3;

    /// <summary>A token is renewed this long before PowerSchool says it expires.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    [Display(Name = SectionName + ":" + nameof(TokenExpiryMargin))]
    public TimeSpan TokenExpiryMargin { get; set; } = TimeSpan.FromMinutes(5);

    [Required]
    [Display(Name = SectionName + ":" + nameof(Resilience))]
    public PowerSchoolResilienceOptions Resilience { get; set; } = new();

    /// <summary>The plugin's client id and secret: without both no token can be had.</summary>
    public IReadOnlyList<string> RequiredSecretNames => [ClientIdSecretName, ClientSecretSecretName];

    /// <summary>DataAnnotations stop at this object's own properties: the nested <see cref="Resilience"/> is validated here.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Resilience.Validate(SectionName + ":" + nameof(Resilience), nameof(Resilience));
}
