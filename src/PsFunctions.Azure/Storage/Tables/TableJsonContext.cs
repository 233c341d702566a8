using System.Text.Json.Serialization;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>Source-generated JSON for the values the table adapters keep in a single column.</summary>
[JsonSerializable(typeof(RejectionReason[]))]
[JsonSerializable(typeof(FieldChange[]))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class TableJsonContext : JsonSerializerContext;
