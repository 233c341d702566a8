using System.Text;
using PowerSchool.Simulator.Enrollment.State;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Documents;

/// <summary>Maps the document URL reads (/api/v1/documents/...): each answers with a signed URL as a JSON string.</summary>
internal static class DocumentEndpoints
{
    private const string NotFound = "Document not found.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents/{objectId}", (string objectId, HttpRequest request, EnrollmentStore store, DocumentUrlSigner signer) =>
            Find(store, objectId) is { } file
                ? Results.Json(Absolute(request, signer.Sign(file.ObjectId)))
                : ErrorMessage.NotFound(NotFound));

        // documents/document/url?file={base64 file name}&providerDocUID={base64 object id}: the URL also makes
        // the download carry that file name and its content type (rscd / rsct, as Azure SAS does).
        api.MapGet("/documents/document/url", (HttpRequest request, EnrollmentStore store, DocumentUrlSigner signer) =>
        {
            var fileName = FromBase64(request.Query["file"]);
            var objectId = FromBase64(request.Query["providerDocUID"]);
            if (fileName is null || objectId is null)
            {
                return ErrorMessage.BadRequest("file and providerDocUID are required, each base64-encoded.");
            }

            if (Find(store, objectId) is not { } found)
            {
                return ErrorMessage.NotFound(NotFound);
            }

            var disposition = $"attachment; filename=\"{fileName.Replace("\"", "", StringComparison.Ordinal)}\"";
            return Results.Json(Absolute(request, signer.Sign(found.ObjectId, ContentTypes.ForFileName(fileName, found.ContentType), disposition)));
        });
    }

    internal static DocumentFile? Find(EnrollmentStore store, string objectId) =>
        store.Use(state => state.Documents.GetValueOrDefault(objectId));

    private static string Absolute(HttpRequest request, string pathAndQuery) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";

    private static string? FromBase64(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
