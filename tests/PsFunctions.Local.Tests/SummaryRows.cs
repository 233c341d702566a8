using System.Text.RegularExpressions;

namespace PsFunctions.Local.Tests;

/// <summary>Reads one figure from the <c>--once</c> summary table the runner prints (<c>Name | 1,234</c>).</summary>
internal static partial class SummaryRows
{
    public static int Row(string summary, string name)
    {
        var match = RowPattern().Matches(summary).FirstOrDefault(candidate => candidate.Groups["name"].Value.Trim() == name);
        Assert.True(match is not null, $"no '{name}' row in:\n{summary}");
        return int.Parse(match.Groups["value"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z ]+?)\s*\| (?<value>[\d,]+)", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
