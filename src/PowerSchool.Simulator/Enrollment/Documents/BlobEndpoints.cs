using Microsoft.Net.Http.Headers;
using PowerSchool.Simulator.Enrollment.State;

namespace PowerSchool.Simulator.Enrollment.Documents;

/// <summary>
/// Serves signed document URLs the way a blob store does: 403 (Azure's AuthenticationFailed body) for an
/// expired or tampered URL; otherwise Content-Type, Content-Length and Content-MD5, then the bytes in chunks.
/// </summary>
internal static class BlobEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMethods(DocumentUrlSigner.ContainerPath + "/{objectId}", [HttpMethods.Get, HttpMethods.Head], Serve);

    private static async Task Serve(string objectId, HttpContext context, DocumentUrlSigner signer, EnrollmentStore store, DocumentDigests digests, ILogger<DocumentUrlSigner> logger)
    {
        var response = context.Response;
        var check = signer.Check($"{DocumentUrlSigner.ContainerPath}/{objectId}", context.Request.Query);
        if (check != DocumentUrlCheck.Valid)
        {
            logger.DocumentRefused(objectId, check);
            await Fail(response, StatusCodes.Status403Forbidden, "AuthenticationFailed", check == DocumentUrlCheck.Expired
                ? "Signed expiry time has passed."
                : "Server failed to authenticate the request. Make sure the value of the signature is formed correctly.");
            return;
        }

        if (DocumentEndpoints.Find(store, objectId) is not { } file)
        {
            await Fail(response, StatusCodes.Status404NotFound, "BlobNotFound", "The specified blob does not exist.");
            return;
        }

        response.ContentType = context.Request.Query["rsct"].FirstOrDefault() ?? file.ContentType;
        response.ContentLength = file.Length;
        response.Headers["Content-MD5"] = digests.ContentMd5(file);
        response.Headers[HeaderNames.ContentDisposition] = context.Request.Query["rscd"].FirstOrDefault() ?? $"inline; filename=\"{file.FileName}\"";
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await new DocumentBytes(file).CopyToAsync(response.Body, context.RequestAborted);
        }
    }

    private static Task Fail(HttpResponse response, int status, string code, string message)
    {
        response.StatusCode = status;
        response.ContentType = "application/xml";
        return response.WriteAsync($"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{code}</Code><Message>{message}</Message></Error>");
    }
}
