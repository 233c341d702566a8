using System.ComponentModel.DataAnnotations;

namespace PowerSchool.Client.Enrollment;

/// <summary>
/// Where document downloads may go, bound from <c>PowerSchool:Enrollment:Documents</c>. Enrollment answers a
/// document request with a signed URL on Azure Blob storage; any other destination is refused, so a URL that
/// points at the app's own network (a metadata endpoint, a private service) is never fetched.
/// </summary>
public sealed class DocumentDownloadOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = EnrollmentClientOptions.SectionName + ":Documents";

    /// <summary>Redirects followed per download, each checked like the first URL.</summary>
    public const int MaxRedirects = 3;

    /// <summary>
    /// Hosts a document URL may name, comma-separated; <c>*.</c> allows every subdomain of what follows
    /// (<c>PowerSchool:Enrollment:Documents:AllowedHosts</c>). The Enrollment host is always allowed.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = SectionName + ":AllowedHosts is required.")]
    [RegularExpression(@"^\s*(\*\.)?[A-Za-z0-9.-]+\s*(,\s*(\*\.)?[A-Za-z0-9.-]+\s*)*$",
        ErrorMessage = SectionName + ":AllowedHosts must be comma-separated host names, each optionally starting with '*.'.")]
    public string AllowedHosts { get; set; } = "*.blob.core.windows.net";

    /// <summary>
    /// Allows loopback, private and link-local addresses (<c>PowerSchool:Enrollment:Documents:AllowPrivateAddresses</c>);
    /// only for local runs against the simulator. Off, a host that resolves to such an address is refused.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
