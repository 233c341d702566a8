using System.Text.Json;
using System.Text.Json.Nodes;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Tests.Mapping;

/// <summary>Builds delivery records in the documented shape: a complete new student unless changed.</summary>
internal sealed class DeliveryRecordBuilder
{
    public static readonly IReadOnlyList<DistrictSchool> Schools =
    [
        new(100, "Cedar Park Elementary", "CPE", -1, 5),
        new(200, "Lincoln Middle School", "LMS", 6, 8),
        new(300, "Roosevelt High School", "RHS", 9, 12),
    ];

    public static readonly StudentMappingContext Context =
        new(Schools, new SchoolYearDates(new DateOnly(2026, 8, 24), new DateOnly(2027, 6, 12)));

    private readonly JsonObject _record = new()
    {
        ["id"] = 4711,
        ["submitted"] = "2026-05-02T16:50:53Z",
        ["data"] = new JsonObject
        {
            ["student"] = new JsonObject
            {
                ["studentID"] = "",
                ["stateID"] = "",
                ["firstName"] = "Alice",
                ["middleName"] = "Rose",
                ["lastName"] = "Smith",
                ["birthDate"] = "04/20/2019",
                ["gender"] = "F",
                ["grade"] = "K",
                ["school"] = "Cedar Park Elementary",
                ["schoolNumber"] = "",
            },
            ["address"] = new JsonObject
            {
                ["street"] = "12 Oak Street",
                ["city"] = "Springfield",
                ["state"] = "il",
                ["zip"] = "62704",
            },
            ["parent1"] = new JsonObject
            {
                ["relationship"] = "Mother",
                ["firstName"] = "Jane",
                ["lastName"] = "Smith",
                ["homePhone"] = "(217) 555-0100",
                ["cellPhone"] = "217.555.0101",
                ["email"] = "Jane.Smith@Example.org",
            },
        },
    };

    /// <summary>Sets the value at a dotted path (creating objects on the way); null removes it.</summary>
    public DeliveryRecordBuilder With(string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = _record;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject next)
            {
                next = [];
                node[part] = next;
            }

            node = next;
        }

        if (value is null)
        {
            node.Remove(parts[^1]);
        }
        else
        {
            node[parts[^1]] = value;
        }

        return this;
    }

    public DeliveryRecordBuilder Student(string property, string? value) => With($"data.student.{property}", value);

    public JsonElement Build() => JsonDocument.Parse(_record.ToJsonString()).RootElement.Clone();

    public MappingOutcome Map(StudentMapping? mapping = null) =>
        (mapping ?? StudentMappingLoader.DefaultMapping).Map(Build(), Context);
}
