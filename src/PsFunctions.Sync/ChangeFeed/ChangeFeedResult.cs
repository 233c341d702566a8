namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// The outcome of one change-feed poll: counts and the data version it stored (no student data). <see cref="Rehashed"/>
/// counts snapshots made under another hash key that the poll saved again under the current one, without an event.
/// <see cref="BulkReadRefused"/> is the plugin's refusal of the bulk read by DCID, when the poll read students one by one instead.
/// </summary>
public sealed record ChangeFeedResult(
    ChangeFeedMode Mode,
    long DataVersion,
    int StudentsRead,
    int Created,
    int Updated,
    int Removed,
    int EventsPublished,
    int Rehashed = 0)
{
    public PowerSchool.Client.PowerSchoolPluginConfigurationException? BulkReadRefused { get; init; }
}
