using System.Text.Json;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Tests.Mapping.Contacts;

/// <summary>The shipped district-form sample's contacts section: p1_/p2_ items that sit directly under data.</summary>
public sealed class DistrictFormContactMappingTests
{
    private static readonly StudentMapping Sample = StudentMapping.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Mapping", "district-form-mapping.json")), "district-form-mapping.json");

    [Fact]
    public void Flat_p1_and_p2_items_become_two_contacts_and_blank_p2_items_none()
    {
        var items = new Dictionary<string, string>
        {
            ["p1_Relationship"] = "Mother", ["p1_FirstName"] = "Ngozi", ["p1_LastName"] = "Okafor", ["p1_CellPh"] = "(217) 555-0142",
            ["p1_HomePh"] = "", ["p1_Email"] = " Ngozi.Okafor@Example.org ",
            ["p2_Relationship"] = "Father", ["p2_FirstName"] = "Chidi", ["p2_LastName"] = "Okafor", ["p2_CellPh"] = "", ["p2_HomePh"] = "1-217-555-0199", ["p2_Email"] = "",
        };
        var record = JsonSerializer.SerializeToElement(new { id = 1, data = items });
        var blankSecond = JsonSerializer.SerializeToElement(new { id = 2, data = items.ToDictionary(pair => pair.Key, pair => pair.Key.StartsWith("p2_", StringComparison.Ordinal) ? "" : pair.Value) });

        var both = Sample.Contacts.Map(record, new Dictionary<string, string>());

        Assert.Empty(both.Problems);
        Assert.Equal(["parent1 Mother ngozi.okafor@example.org 217-555-0142", "parent2 Father  217-555-0199"],
            both.Contacts.Select(c => $"{c.Entry} {c.RelationshipCode} {string.Join(",", c.Emails.Select(e => e.Value))} {string.Join(",", c.Phones.Select(p => p.Value))}"));
        Assert.Equal(["parent1"], Sample.Contacts.Map(blankSecond, new Dictionary<string, string>()).Contacts.Select(c => c.Entry));
    }
}
