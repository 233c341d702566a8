using System.Text.Json.Nodes;

namespace PowerSchool.Simulator.Tests.Support;

/// <summary>Builds student POST bodies: a valid INSERT to start from, then changes per test.</summary>
internal static class StudentBodies
{
    public static JsonObject Insert(string clientUid = "1") => new()
    {
        ["client_uid"] = clientUid,
        ["action"] = "INSERT",
        ["name"] = new JsonObject { ["first_name"] = "Zoë", ["last_name"] = "O'Brien-Núñez" },
        ["school_enrollment"] = new JsonObject
        {
            ["grade_level"] = "3",
            ["entry_date"] = "2026-09-01",
            ["exit_date"] = "2027-06-10",
            ["school_number"] = "100",
            ["enroll_status"] = "A",
        },
    };

    public static JsonObject Update(long dcid, string clientUid = "u1") => new()
    {
        ["client_uid"] = clientUid,
        ["action"] = "UPDATE",
        ["id"] = dcid.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string Batch(params JsonObject[] students) =>
        new JsonObject { ["students"] = new JsonObject { ["student"] = new JsonArray(students.Cast<JsonNode>().ToArray()) } }.ToJsonString();

    public static string Single(JsonObject student) =>
        new JsonObject { ["students"] = new JsonObject { ["student"] = student } }.ToJsonString();

    public static JsonObject With(this JsonObject student, string path, JsonNode? value)
    {
        var parts = path.Split('/');
        var node = student;
        foreach (var part in parts[..^1])
        {
            node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
        }

        node[parts[^1]] = value;
        return student;
    }

    public static JsonObject Without(this JsonObject student, string path)
    {
        var parts = path.Split('/');
        var node = student;
        foreach (var part in parts[..^1])
        {
            node = (JsonObject)node[part]!;
        }

        node.Remove(parts[^1]);
        return student;
    }
}
