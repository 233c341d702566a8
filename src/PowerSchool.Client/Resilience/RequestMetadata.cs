using System.Runtime.CompilerServices;

namespace PowerSchool.Client.Resilience;

/// <summary>What the handlers need to know about a request, carried in <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class RequestMetadata
{
    /// <summary>The path without ids or query values (<c>/ws/v1/student/{id}</c>): the only path that is logged.</summary>
    public static readonly HttpRequestOptionsKey<string> PathTemplate = new("PowerSchool.PathTemplate");

    /// <summary>Set on calls that must never be re-sent after an ambiguous failure.</summary>
    public static readonly HttpRequestOptionsKey<bool> NotIdempotent = new("PowerSchool.NotIdempotent");

    /// <summary>Counts attempts (including the 401 re-send) for the log.</summary>
    public static readonly HttpRequestOptionsKey<StrongBox<int>> Attempts = new("PowerSchool.Attempts");

    /// <summary>Set on calls sent without credentials (Enrollment health).</summary>
    public static readonly HttpRequestOptionsKey<bool> Anonymous = new("PowerSchool.Anonymous");

    public static HttpRequestMessage Create(HttpMethod method, string relativeUrl, string pathTemplate, bool idempotent = true)
    {
        var request = new HttpRequestMessage(method, new Uri(relativeUrl, UriKind.RelativeOrAbsolute));
        request.Options.Set(PathTemplate, pathTemplate);
        request.Options.Set(NotIdempotent, !idempotent);
        request.Options.Set(Attempts, new StrongBox<int>(0));
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }

    public static string TemplateOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(PathTemplate, out var template) ? template : "(unnamed)";

    public static bool IsIdempotent(HttpRequestMessage? request) =>
        request is null || !request.Options.TryGetValue(NotIdempotent, out var notIdempotent) || !notIdempotent;

    public static string Operation(HttpRequestMessage request) => $"{request.Method} {TemplateOf(request)}";
}
