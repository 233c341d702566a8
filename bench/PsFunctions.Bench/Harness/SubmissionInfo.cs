using System.Text.Json;

namespace PsFunctions.Bench.Harness;

/// <summary>What a bench needs to know of a submission it created: its id, student keys and documents.</summary>
internal sealed record SubmissionInfo(long Id, string? FirstName, string? LastName, string? BirthDate, string? StudentNumber, IReadOnlyList<DocumentInfo> Documents)
{
    public static SubmissionInfo From(JsonElement view)
    {
        var student = view.GetProperty("data").GetProperty("student");
        string? Text(string name) => student.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var documents = view.TryGetProperty("documents", out var files) && files.ValueKind == JsonValueKind.Array
            ? files.EnumerateArray().Select(file => new DocumentInfo(
                file.GetProperty("objectId").GetString()!, file.GetProperty("dataItem").GetString()!, file.GetProperty("length").GetInt64())).ToList()
            : [];
        return new SubmissionInfo(view.GetProperty("id").GetInt64(), Text("firstName"), Text("lastName"), Text("birthDate"), Text("studentID"), documents);
    }
}
