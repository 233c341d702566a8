using System.Globalization;

namespace PowerSchool.Simulator.Enrollment;

/// <summary>
/// The two timestamp spellings of the reference: batches and delivered records end in Z
/// ("2012-10-08T02:10:53Z"); roster and submission records have no zone ("2011-06-08T16:53:33"). Both are UTC.
/// </summary>
public static class WireTime
{
    public static string Utc(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Local(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A date as records spell a birth date: 2000-04-15T00:00:00.</summary>
    public static string Date(DateOnly value) =>
        value.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
