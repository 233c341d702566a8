using System.Net;
using System.Text.Json;

namespace PowerSchool.Simulator.Tests.Support;

/// <summary>Sends a request and parses the JSON answer.</summary>
internal static class HttpJson
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await ParseAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostJsonAsync(this HttpClient client, string path, string json)
    {
        using var content = Requests.Json(json);
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await ParseAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendJsonAsync(this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = Requests.Json(json);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await ParseAsync(response));
    }

    /// <summary>Items of a PowerSchool collection property: none when missing, one when an object, all when an array.</summary>
    public static List<JsonElement> Items(this JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) ? [] : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [value];

    private static async Task<JsonElement> ParseAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
