using System.Globalization;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>Helpers the queries share: PowerQuery values are strings.</summary>
internal static class QueryValues
{
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="name"/> was not sent (no filter) or lists <paramref name="value"/>.</summary>
    public static bool Allows(QueryArguments arguments, string name, long value) =>
        !arguments.Numbers.TryGetValue(name, out var allowed) || allowed.Contains(value);
}
