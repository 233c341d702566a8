using System.Net;
using System.Text.RegularExpressions;

namespace PowerSchool.Client.Resilience;

/// <summary>
/// How long PowerSchool asked us to wait. PowerSchool documents only that a request inside the plugin's minimum
/// interval is refused "indicating too many requests and to wait for a certain number of seconds"; the status (429 or
/// 503) and the <c>Retry-After</c> header are not documented. So: <c>Retry-After</c> when present, else the seconds a
/// 429/503 message names, else nothing (the retry backs off on its own).
/// </summary>
internal static partial class ThrottleDelay
{
    public static async ValueTask<TimeSpan?> FromAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            return retryAfter.Delta ?? (retryAfter.Date is { } date ? Max(date - time.GetUtcNow(), TimeSpan.Zero) : null);
        }

        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return Seconds().Match(body) is { Success: true } match && int.TryParse(match.Groups["seconds"].Value, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [GeneratedRegex(@"(?<seconds>\d{1,6})\s*(?:more\s+)?seconds?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Seconds();
}
