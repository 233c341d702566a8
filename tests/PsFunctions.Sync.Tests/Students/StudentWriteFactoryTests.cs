using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>Mapped fields become the client's path-based write; what the client writes from paths is pinned in its own tests.</summary>
public sealed class StudentWriteFactoryTests
{
    [Fact]
    public void Mapped_fields_are_carried_by_their_paths_and_empty_ones_are_left_out()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name.last_name"] = "Quintero",
            ["school_enrollment.full_time_equivalency.fteid"] = "7",
            ["contact.mother"] = "",
        };

        var write = StudentWriteFactory.Create(StudentWriteAction.Insert, null, "sub-1", fields);

        Assert.Equal(
            [("name.last_name", "Quintero"), ("school_enrollment.full_time_equivalency.fteid", "7")],
            write.Fields.Select(pair => (pair.Key, pair.Value)).Order());
        Assert.Equal("sub-1", write.ClientUid);
    }

    [Theory]
    [InlineData(StudentWriteAction.Update, 10001L)]
    [InlineData(StudentWriteAction.Insert, null)]
    public void Only_an_update_carries_the_matched_dcid(StudentWriteAction action, long? expected)
    {
        var write = StudentWriteFactory.Create(action, 10001, "sub-2", new Dictionary<string, string> { ["name.last_name"] = "Quintero" });

        Assert.Equal((action, expected), (write.Action, write.Dcid));
    }
}
