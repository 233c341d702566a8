using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using PowerSchool.Client.Enrollment;

namespace PsFunctions.App.Telemetry;

/// <summary>
/// What of a URL may leave in telemetry: scheme, host and path, never the query (a SIS lookup's <c>q=</c> holds names
/// and birth dates, a signed URL its <c>sig=</c>, an HTTP trigger's its <c>code=</c>); for the hosts that serve
/// Enrollment's documents (any <c>*.blob.core.windows.net</c>, and the configured Enrollment host) not the path either,
/// because it can name a family's file. In free text (exception and log messages, property values) a URL becomes
/// <c>[url of host]</c>: no URL is kept there at all.
/// </summary>
internal sealed partial class UrlScrubber
{
    private const string BlobHostSuffix = ".blob.core.windows.net";

    private readonly string? _enrollmentHost;

    public UrlScrubber(string? enrollmentHost) => _enrollmentHost = enrollmentHost;

    /// <summary>With the Enrollment host of <c>PowerSchool:Enrollment:BaseUrl</c> (read here unvalidated: the client's start-up check names a bad value).</summary>
    public static UrlScrubber For(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var baseUrl = configuration[$"{EnrollmentClientOptions.SectionName}:{nameof(EnrollmentClientOptions.BaseUrl)}"];
        return new UrlScrubber(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : null);
    }

    /// <summary>Whether <paramref name="host"/> (a host name, or a dependency target such as <c>host:port</c>) serves documents.</summary>
    public bool IsDocumentHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return false;
        }

        var name = HostOf(host);
        return name.EndsWith(BlobHostSuffix, StringComparison.OrdinalIgnoreCase)
            || (_enrollmentHost is not null && name.Equals(_enrollmentHost, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A field that holds one URL (a dependency's data, a request's URL): scheme, host and, unless a document host, path.</summary>
    public string? Url(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? Url(uri).ToString()
            : Text(WithoutQuery(value));
    }

    public Uri Url(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            return new Uri(WithoutQuery(uri.OriginalString)!, UriKind.Relative);
        }

        var path = IsDocumentHost(uri.Host) ? "/" : uri.AbsolutePath;
        return new Uri($"{uri.Scheme}://{uri.Authority}{path}");
    }

    /// <summary>A name such as <c>GET /ws/v1/district/student?q=…</c>: the query cut off.</summary>
    public static string? WithoutQuery(string? value) =>
        value is not null && value.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? value[..at] : value;

    /// <summary>Free text: every URL becomes <c>[url of host]</c>, and a query after a bare path is cut off.</summary>
    public static string? Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var withoutUrls = AbsoluteUrl().Replace(text, match =>
            Uri.TryCreate(match.Value, UriKind.Absolute, out var uri) ? $"[url of {uri.Host}]" : "[url]");
        return PathQuery().Replace(withoutUrls, match => match.Groups["path"].Value);
    }

    private static string HostOf(string target) => target.Split(':', '|', ' ')[0].Trim();

    [GeneratedRegex(@"\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s""'<>]+")]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex(@"(?<path>/[^\s?""'<>]*)\?[^\s""'<>]*")]
    private static partial Regex PathQuery();
}
