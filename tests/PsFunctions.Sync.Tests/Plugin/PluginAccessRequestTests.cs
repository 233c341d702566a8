using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Plugin;

namespace PsFunctions.Sync.Tests.Plugin;

/// <summary>Columns of the access request come from the field catalogue: FullAccess when a mapping writes them, ViewOnly when only read.</summary>
public sealed class PluginAccessRequestTests
{
    private static readonly StudentMapping WritesUsername = StudentMapping.Parse(
        """{"fields": {"student_username": {"from": "data.student.username"}}}""", "test mapping");

    [Fact]
    public void Tracked_catalogue_fields_are_view_only_until_a_mapping_writes_them()
    {
        var readOnly = Access(PluginAccessRequest.For([StudentMappingLoader.DefaultMapping], ["id", "local_id", "student_username"]));
        var written = Access(PluginAccessRequest.For([WritesUsername], ["student_username"]));

        Assert.Equal(
            (PluginFieldAccess.ViewOnly, PluginFieldAccess.FullAccess, PluginFieldAccess.ViewOnly),
            (readOnly["STUDENTS.DCID"], readOnly["STUDENTS.STUDENT_NUMBER"], readOnly["STUDENTS.STUDENT_WEB_ID"]));
        Assert.Equal(PluginFieldAccess.FullAccess, written["STUDENTS.STUDENT_WEB_ID"]);
    }

    private static Dictionary<string, string> Access(IReadOnlyList<PluginFieldAccess> fields) =>
        fields.ToDictionary(field => $"{field.Table}.{field.Field}", field => field.Access, StringComparer.Ordinal);
}
