using System.Net.Http.Json;
using System.Text.Json;
using PsFunctions.Sync.Messaging;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Documents;

/// <summary>A submission created in the Enrollment simulator, with the documents it references.</summary>
internal sealed record SimulatedSubmission(string SubmissionId, string DeliveryTargetId, IReadOnlyList<SimulatedDocument> Documents)
{
    /// <summary>Creates one approved submission whose documents have the given sizes (in data item order).</summary>
    public static async Task<SimulatedSubmission> CreateAsync(SimulatorHost simulator, params long[] documentSizes)
    {
        using var response = await simulator.Admin.PostAsJsonAsync("_sim/enrollment/submissions", new { count = 1, documentSizes });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The simulator refused to create a submission: {(int)response.StatusCode} {text}");
        }

        using var body = JsonDocument.Parse(text);
        var submission = body.RootElement[0];
        var documents = submission.GetProperty("documents").EnumerateArray()
            .Select(document => new SimulatedDocument(
                document.GetProperty("objectId").GetString()!,
                document.GetProperty("dataItem").GetString()!,
                document.GetProperty("fileName").GetString()!,
                document.GetProperty("contentType").GetString()!,
                document.GetProperty("length").GetInt64()))
            .ToList();
        return new SimulatedSubmission(
            submission.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            submission.GetProperty("deliveryTargetId").GetString()!,
            documents);
    }

    public DocumentMirrorMessage ToMessage() =>
        new(DeliveryTargetId, SubmissionId, Documents.Select(document => new DocumentReference(document.ObjectId, document.DataItem)).ToList());
}

/// <summary>A document as the simulator generated it (its file name is what must never reach our store).</summary>
internal sealed record SimulatedDocument(string ObjectId, string DataItem, string FileName, string ContentType, long Length);
