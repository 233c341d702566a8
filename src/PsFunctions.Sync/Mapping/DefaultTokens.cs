using System.Globalization;

namespace PsFunctions.Sync.Mapping;

/// <summary>The placeholders a mapping default may be: dates of the school year, resolved at run time.</summary>
internal static class DefaultTokens
{
    public const string EntryDate = "{schoolYear.entryDate}";
    public const string ExitDate = "{schoolYear.exitDate}";

    public static bool IsToken(string value) => value.StartsWith('{') && value.EndsWith('}');

    public static bool IsKnown(string value) => value is EntryDate or ExitDate;

    public static string Resolve(string value, SchoolYearDates schoolYear) => value switch
    {
        EntryDate => schoolYear.EntryDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExitDate => schoolYear.ExitDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };
}
