using System.Text.Json;
using System.Text.Json.Serialization;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// The JSON text of the batch work messages (camelCase, e.g.
/// <c>{"deliveryTargetId":"7","batchId":"…","submissionIds":["101","102"]}</c>); their <see cref="IWorkMessage{TSelf}"/> members read and write it here.
/// </summary>
internal static class WorkMessageJson
{
    public static string Serialize(StudentUpsertMessage message) =>
        JsonSerializer.Serialize(message, WorkMessageJsonContext.Default.StudentUpsertMessage);

    public static string Serialize(DocumentMirrorMessage message) =>
        JsonSerializer.Serialize(message, WorkMessageJsonContext.Default.DocumentMirrorMessage);

    /// <exception cref="JsonException">The text is not a student upsert message.</exception>
    public static StudentUpsertMessage DeserializeStudentUpsert(string json) =>
        JsonSerializer.Deserialize(json, WorkMessageJsonContext.Default.StudentUpsertMessage)
        ?? throw new JsonException("The message is JSON null, not a student upsert message.");

    /// <exception cref="JsonException">The text is not a document mirror message.</exception>
    public static DocumentMirrorMessage DeserializeDocumentMirror(string json) =>
        JsonSerializer.Deserialize(json, WorkMessageJsonContext.Default.DocumentMirrorMessage)
        ?? throw new JsonException("The message is JSON null, not a document mirror message.");
}

/// <summary>Source-generated JSON for the work messages.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(StudentUpsertMessage))]
[JsonSerializable(typeof(DocumentMirrorMessage))]
internal sealed partial class WorkMessageJsonContext : JsonSerializerContext;
