using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PowerSchool.Simulator.Tests.Enrollment;

/// <summary>Reads responses as JSON trees, so tests assert the wire names the reference uses.</summary>
internal static class HttpJson
{
    public static async Task<JsonNode> GetNodeAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response, expected);
    }

    public static async Task<JsonNode> PostNodeAsync(this HttpClient client, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = body is null
            ? await client.PostAsync(new Uri(path, UriKind.Relative), null)
            : await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        return await ReadAsync(response, expected);
    }

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static IReadOnlyList<long> Ids(this JsonNode records) =>
        records.AsArray().Select(record => record!["id"]!.GetValue<long>()).ToList();
}
