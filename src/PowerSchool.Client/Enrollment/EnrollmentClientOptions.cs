using System.ComponentModel.DataAnnotations;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Resilience;

namespace PowerSchool.Client.Enrollment;

/// <summary>Enrollment client settings, bound from <c>PowerSchool:Enrollment</c> and validated at start.</summary>
public sealed class EnrollmentClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PowerSchool:Enrollment";

    /// <summary>The host root, e.g. <c>https://secure.infosnap.com</c>; the client adds <c>/api/v1</c>.</summary>
    [Required(ErrorMessage = "PowerSchool:Enrollment:BaseUrl is required.")]
    [HttpsOrLoopback]
    public Uri? BaseUrl { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string ApiKeySecretName { get; set; } = "powerschool-enrollment-api-key";

    /// <summary>Concurrent calls to this host from the whole process.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    public PowerSchoolResilienceOptions Resilience { get; set; } = new();
}
