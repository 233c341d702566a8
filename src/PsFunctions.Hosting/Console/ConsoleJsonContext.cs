using System.Text.Json.Serialization;
using PsFunctions.Sync.Operators;

namespace PsFunctions.Hosting.Console;

/// <summary>The console API's wire types (camelCase, as the page reads them).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ClientPrincipal))]
[JsonSerializable(typeof(IReadOnlyList<ConsoleRejection>))]
[JsonSerializable(typeof(ConsoleSubmission))]
[JsonSerializable(typeof(ReplayRequest))]
[JsonSerializable(typeof(RequeueRequest))]
[JsonSerializable(typeof(ConsoleActionResult))]
[JsonSerializable(typeof(AntiforgeryTokenResponse))]
[JsonSerializable(typeof(IReadOnlyList<OperatorAction>))]
internal sealed partial class ConsoleJsonContext : JsonSerializerContext;
