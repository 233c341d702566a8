namespace PsFunctions.Sync.Plugin;

/// <summary>One <c>&lt;field table=".." field=".." access=".." /&gt;</c> line of a PowerSchool plugin's access request.</summary>
public sealed record PluginFieldAccess(string Table, string Field, string Access)
{
    public const string ViewOnly = "ViewOnly";
    public const string FullAccess = "FullAccess";
}
