using System.Text.Json.Serialization;

namespace PsFunctions.Sync.Students;

/// <summary>Source-generated JSON for the upsert events' data (camelCase).</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(UpsertEvents.UpsertedData))]
[JsonSerializable(typeof(UpsertEvents.RejectedData))]
[JsonSerializable(typeof(AttentionEvents.AttentionData))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class UpsertEventJsonContext : JsonSerializerContext;
