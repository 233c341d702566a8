using System.Net.Http.Headers;
using System.Text;

namespace PowerSchool.Simulator.Tests.Support;

/// <summary>Builds the raw requests the contract tests send.</summary>
internal static class Requests
{
    public static HttpRequestMessage Token(string path, string clientId, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        return request;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
