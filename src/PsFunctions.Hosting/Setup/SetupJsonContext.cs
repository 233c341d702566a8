using System.Text.Json;
using System.Text.Json.Serialization;

namespace PsFunctions.Hosting.Setup;

/// <summary>Source-generated JSON (camelCase) for the health and setup answers.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(SetupReport))]
internal sealed partial class SetupJsonContext : JsonSerializerContext;
