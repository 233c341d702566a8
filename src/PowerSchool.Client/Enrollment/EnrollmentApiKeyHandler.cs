using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Secrets;

namespace PowerSchool.Client.Enrollment;

/// <summary>Basic authentication with the API key as user name and an empty password (read per call, so rotation needs no restart).</summary>
internal sealed class EnrollmentApiKeyHandler(ISecretProvider secrets, IOptions<EnrollmentClientOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(RequestMetadata.Anonymous, out var anonymous) || !anonymous)
        {
            var key = await secrets.GetSecretAsync(options.Value.ApiKeySecretName, cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{key}:")));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
