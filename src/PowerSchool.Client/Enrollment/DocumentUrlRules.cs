namespace PowerSchool.Client.Enrollment;

/// <summary>
/// Which document URLs may be fetched: https (plain http only when the Enrollment base URL itself is loopback, the
/// local simulator), on the Enrollment host or a host of <see cref="DocumentDownloadOptions.AllowedHosts"/>.
/// </summary>
internal sealed class DocumentUrlRules
{
    private readonly string _enrollmentHost;
    private readonly bool _httpAllowed;
    private readonly IReadOnlyList<string> _hosts;

    public DocumentUrlRules(EnrollmentClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.BaseUrl ?? throw new ArgumentException("The Enrollment base URL is not set.", nameof(options));
        _enrollmentHost = baseUrl.IdnHost;
        _httpAllowed = baseUrl.IsLoopback;
        _hosts = options.Documents.AllowedHosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Throws <see cref="DocumentRefusedException"/> naming the broken rule (never the URL) when <paramref name="url"/> may not be fetched.</summary>
    public void Check(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new DocumentRefusedException("The document URL is not absolute.");
        }

        var schemeAllowed = url.Scheme == Uri.UriSchemeHttps || (_httpAllowed && url.Scheme == Uri.UriSchemeHttp);
        if (!schemeAllowed)
        {
            throw new DocumentRefusedException(
                $"The document URL uses {url.Scheme}; only https is allowed (http only when {EnrollmentClientOptions.SectionName}:BaseUrl is loopback).");
        }

        if (!IsAllowedHost(url.IdnHost))
        {
            throw new DocumentRefusedException(
                $"The document URL's host is not the Enrollment host nor one of {DocumentDownloadOptions.SectionName}:AllowedHosts.");
        }
    }

    private bool IsAllowedHost(string host) =>
        string.Equals(host, _enrollmentHost, StringComparison.OrdinalIgnoreCase)
        || _hosts.Any(allowed => allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase) && host.Length > allowed.Length - 1
            : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase));
}
