using System.Net;
using System.Text;
using System.Text.Json;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Sis.Paging;

namespace PowerSchool.Client.Enrollment;

public sealed partial class EnrollmentClient
{
    private const int CopyBufferSize = 81_920;

    public Task<Uri?> GetDocumentUrlAsync(string objectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        return GetUrlAsync($"documents/{Uri.EscapeDataString(objectId)}", "/documents/{objectId}", cancellationToken);
    }

    public Task<Uri?> GetDocumentUrlAsync(string fileName, string providerDocUid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerDocUid);
        var url = new QueryString("documents/document/url")
            .Add("file", Convert.ToBase64String(Encoding.UTF8.GetBytes(fileName)))
            .Add("providerDocUID", Convert.ToBase64String(Encoding.UTF8.GetBytes(providerDocUid)));
        return GetUrlAsync(url.ToString(), "/documents/document/url", cancellationToken);
    }

    /// <exception cref="DocumentRefusedException">The URL, a redirect or the host's address breaks a download rule.</exception>
    public async Task<EnrollmentDocument> OpenDocumentAsync(Uri documentUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentUrl);
        if (!documentUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("documentUrl must be the absolute URL GetDocumentUrlAsync returned.", nameof(documentUrl));
        }

        var transport = new PowerSchoolTransport(_httpClientFactory.CreateClient(EnrollmentRegistration.DocumentsClientName), _logger, "documents");
        var url = documentUrl;
        for (var redirects = 0; ; redirects++)
        {
            var response = await SendDocumentRequestAsync(transport, url, cancellationToken);
            if (!IsRedirect(response.StatusCode))
            {
                return new EnrollmentDocument(response, await response.Content.ReadAsStreamAsync(cancellationToken));
            }

            var location = response.Headers.Location;
            response.Dispose();
            if (location is null || redirects == DocumentDownloadOptions.MaxRedirects)
            {
                throw new DocumentRefusedException(location is null
                    ? "The document URL redirected without a Location."
                    : $"The document URL redirected more than {DocumentDownloadOptions.MaxRedirects} times.");
            }

            url = location.IsAbsoluteUri ? location : new Uri(url, location);
        }
    }

    // One hop: the URL is checked (scheme, host, address) before anything is sent; a failed answer throws.
    private async Task<HttpResponseMessage> SendDocumentRequestAsync(PowerSchoolTransport transport, Uri url, CancellationToken cancellationToken)
    {
        _documentUrls.Check(url);
        await DocumentAddressGuard.ResolveAsync(url.IdnHost, _allowPrivateDocumentAddresses, cancellationToken);

        // The signed URL is never logged: the template stands in for it.
        using var request = RequestMetadata.Create(HttpMethod.Get, url.AbsoluteUri, "{signed-document-url}");
        request.Headers.Accept.Clear();
        HttpResponseMessage response;
        try
        {
            response = await transport.SendAsync(request, cancellationToken, HttpCompletionOption.ResponseHeadersRead);
        }
        catch (PowerSchoolException ex) when (RefusalIn(ex) is { } refusal)
        {
            // The connect step refused an address the name resolved to after the check above (DNS rebinding).
            throw refusal;
        }

        if (IsRedirect(response.StatusCode))
        {
            return response;
        }

        try
        {
            await transport.EnsureSuccessAsync(request, response, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400 and not 304;

    private static DocumentRefusedException? RefusalIn(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is DocumentRefusedException refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    public async Task<DocumentCopyResult> CopyDocumentAsync(Uri documentUrl, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await using var document = await OpenDocumentAsync(documentUrl, cancellationToken);
        var buffer = new byte[CopyBufferSize];
        long copied = 0;
        int read;
        while ((read = await document.Content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            copied += read;
        }

        if (document.Length is { } expected && expected != copied)
        {
            throw new PowerSchoolException($"The document stream ended after {copied} of {expected} bytes.") { IsTransient = true };
        }

        return new DocumentCopyResult(copied, document.ContentType, document.Length, document.ContentMd5);
    }

    private async Task<Uri?> GetUrlAsync(string path, string template, CancellationToken cancellationToken)
    {
        using var request = RequestMetadata.Create(HttpMethod.Get, Api + path, template);
        using var response = await _transport.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(request, response, cancellationToken);
        var text = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        // The URL arrives as a JSON string or as plain text.
        if (text.StartsWith('"'))
        {
            text = JsonSerializer.Deserialize(text, Json.EnrollmentJsonContext.Default.String) ?? string.Empty;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url)
            ? url
            : throw new PowerSchoolException($"GET {template} answered without a URL.");
    }
}
