using System.Net;
using System.Text.RegularExpressions;

namespace PowerSchool.Client.Sis.Students;

/// <summary>
/// Whether a failed student POST was refused for carrying too many records. The limit and its error are not
/// documented: a 413, or a 400/422 whose message speaks of a limit, counts. A 500 does not: it may have written
/// records, so it stays an unknown outcome (the caller looks students up before posting again).
/// </summary>
internal static partial class StudentPostLimit
{
    public static bool IsTooLarge(PowerSchoolException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error is not PowerSchoolOutcomeUnknownException && error.StatusCode switch
        {
            HttpStatusCode.RequestEntityTooLarge => true,
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => error.ServerMessage is { } message && Limit().IsMatch(message),
            _ => false,
        };
    }

    [GeneratedRegex(@"too many|too large|at most|exceed|maximum|limit", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Limit();
}
