namespace PsFunctions.Sync.Plugin;

/// <summary>
/// The definitions the plugin ships for the named queries the product calls that PowerSchool does not ship itself:
/// the student queries of <see cref="PowerSchool.Client.Sis.PowerQueries.StudentQueries"/> (candidates of a message,
/// students by DCID). The change feed's <c>Sync:ChangeFeed:ChangesQuery</c> and
/// <c>com.pearson.core.student.student_dcid_id_map</c> are PowerSchool's own and never packaged.
/// PluginZipCommandTests checks the zip holds each.
/// </summary>
public static class PluginQueries
{
    public static IReadOnlyList<PluginNamedQuery> Definitions { get; } = [StudentQueryDefinitions.MatchCandidates, StudentQueryDefinitions.ByDcid];
}
