using System.Text.Json.Serialization;

namespace PsFunctions.Sync.Enrollment;

/// <summary>Source-generated JSON for the intake events' data (camelCase).</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BatchEnqueuer.ReceivedData))]
internal sealed partial class IntakeEventJsonContext : JsonSerializerContext;
