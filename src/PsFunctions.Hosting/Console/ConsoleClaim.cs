using System.Text.Json.Serialization;

namespace PsFunctions.Hosting.Console;

/// <summary>One claim of App Service authentication's <c>X-MS-CLIENT-PRINCIPAL</c>.</summary>
public sealed record ConsoleClaim([property: JsonPropertyName("typ")] string Type, [property: JsonPropertyName("val")] string Value);
