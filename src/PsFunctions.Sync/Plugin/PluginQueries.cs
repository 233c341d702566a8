namespace PsFunctions.Sync.Plugin;

/// <summary>
/// The definitions the plugin ships for the named queries the product calls that PowerSchool does not ship itself. Today
/// every query called is PowerSchool's own (the change feed's <c>Sync:ChangeFeed:ChangesQuery</c>,
/// <c>com.pearson.core.student.student_dcid_id_map</c>), so the list is empty and the zip has no <c>queries_root/</c>;
/// a query of our own is added here with its <c>named_queries.xml</c> text (PluginZipCommandTests checks the pairing).
/// </summary>
public static class PluginQueries
{
    public static IReadOnlyList<PluginNamedQuery> Definitions { get; } = [];
}
