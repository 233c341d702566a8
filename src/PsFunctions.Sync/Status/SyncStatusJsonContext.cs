using System.Text.Json;
using System.Text.Json.Serialization;

namespace PsFunctions.Sync.Status;

/// <summary>Source-generated JSON for <see cref="SyncStatus"/> (camelCase), for the GetStatus endpoint.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(SyncStatus))]
internal sealed partial class SyncStatusJsonContext : JsonSerializerContext;
