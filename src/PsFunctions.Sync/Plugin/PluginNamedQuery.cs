namespace PsFunctions.Sync.Plugin;

/// <summary>
/// A named query the product calls and the plugin must ship as <c>queries_root/&lt;Name&gt;.named_queries.xml</c>
/// (<paramref name="Definition"/> is that file's text). Queries under <c>com.pearson.core.</c> ship with PowerSchool itself
/// and are never packaged.
/// </summary>
public sealed record PluginNamedQuery(string Name, string Definition)
{
    private const string PowerSchoolPrefix = "com.pearson.core.";

    /// <summary>True for a query PowerSchool ships (no plugin may define one under its prefix).</summary>
    public static bool IsShippedByPowerSchool(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name.StartsWith(PowerSchoolPrefix, StringComparison.Ordinal);
    }
}
