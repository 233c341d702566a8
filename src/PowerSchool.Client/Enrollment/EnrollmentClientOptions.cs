using System.ComponentModel.DataAnnotations;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Secrets;

namespace PowerSchool.Client.Enrollment;

/// <summary>
/// Enrollment client settings, bound from <c>PowerSchool:Enrollment</c> and validated at start with their
/// DataAnnotations; each failure names its setting (<c>PowerSchool:Enrollment:MaxConcurrency</c>).
/// </summary>
public sealed class EnrollmentClientOptions : IValidatableObject, IRequiredSecrets
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PowerSchool:Enrollment";

    /// <summary>The host root, e.g. <c>https://secure.infosnap.com</c>; the client adds <c>/api/v1</c>.</summary>
    [Required]
    [HttpsOrLoopback]
    [Display(Name = SectionName + ":" + nameof(BaseUrl))]
    public Uri? BaseUrl { get; set; }

    [Required(AllowEmptyStrings = false)]
    [Display(Name = SectionName + ":" + nameof(ApiKeySecretName))]
    public string ApiKeySecretName { get; set; } = "powerschool-enrollment-api-key";

    /// <summary>Concurrent calls to this host from the whole process.</summary>
    [Range(1, 64)]
    [Display(Name = SectionName + ":" + nameof(MaxConcurrency))]
    public int MaxConcurrency { get; set; } = 4;

    [Required]
    [Display(Name = SectionName + ":" + nameof(Resilience))]
    public PowerSchoolResilienceOptions Resilience { get; set; } = new();

    /// <summary>The API key every Enrollment request carries.</summary>
    public IReadOnlyList<string> RequiredSecretNames => [ApiKeySecretName];

    /// <summary>Where document downloads may go (<c>PowerSchool:Enrollment:Documents</c>).</summary>
    [Required]
    [Display(Name = DocumentDownloadOptions.SectionName)]
    public DocumentDownloadOptions Documents { get; set; } = new();

    /// <summary>DataAnnotations stop at this object's own properties: the nested <see cref="Resilience"/> and <see cref="Documents"/> are validated here.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var documents = new List<ValidationResult>();
        Validator.TryValidateObject(Documents, new ValidationContext(Documents), documents, validateAllProperties: true);
        return Resilience.Validate(SectionName + ":" + nameof(Resilience), nameof(Resilience)).Concat(documents);
    }
}
