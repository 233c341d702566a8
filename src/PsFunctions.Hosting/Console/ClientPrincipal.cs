using System.Text.Json.Serialization;

namespace PsFunctions.Hosting.Console;

/// <summary>App Service authentication's <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON): the signed-in person's claims.</summary>
public sealed record ClientPrincipal([property: JsonPropertyName("claims")] IReadOnlyList<ConsoleClaim> Claims);
