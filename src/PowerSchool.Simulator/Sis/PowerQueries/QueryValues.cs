using System.Globalization;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>Helpers the queries share: PowerQuery values are strings.</summary>
internal static class QueryValues
{
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool Allows(IReadOnlyDictionary<string, IReadOnlySet<long>> arguments, string name, long value) =>
        !arguments.TryGetValue(name, out var allowed) || allowed.Contains(value);
}
