using System.Net;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PowerSchool.Client.Resilience;

/// <summary>
/// Sends through the resilient pipeline and turns what comes back into the typed errors: outcome unknown
/// for an unanswered call that is not idempotent, unavailable for everything safe to try again later.
/// </summary>
internal sealed class PowerSchoolTransport(HttpClient http, ILogger logger, string api)
{
    public Uri BaseAddress => http.BaseAddress ?? throw new InvalidOperationException($"The {api} client has no base address.");

    public async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, completion, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsTransportFailure(ex))
        {
            throw Translate(request, ex);
        }

        if (!RequestMetadata.IsIdempotent(request) && IsAmbiguous(response.StatusCode))
        {
            response.Dispose();
            Log.OutcomeUnknown(logger, request.Method.Method, RequestMetadata.TemplateOf(request), $"HTTP {(int)response.StatusCode}");
            throw new PowerSchoolOutcomeUnknownException(
                $"{RequestMetadata.Operation(request)} answered {(int)response.StatusCode}; it may have been processed and was not re-sent.")
            {
                StatusCode = response.StatusCode,
                Operation = RequestMetadata.Operation(request),
            };
        }

        return response;
    }

    /// <summary>Throws the typed error for a failed answer.</summary>
    public async Task ThrowAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var operation = RequestMetadata.Operation(request);
        var status = response.StatusCode;
        var serverMessage = ErrorBodies.Message(body);
        if (status == HttpStatusCode.Unauthorized && ErrorBodies.MissingV1ApiAccess(body) is { } level)
        {
            throw PowerSchoolPluginConfigurationException.MissingV1ApiAccess(operation, level);
        }

        var missing = status == HttpStatusCode.Forbidden ? ErrorBodies.MissingFields(body) : [];
        throw status switch
        {
            HttpStatusCode.Unauthorized => new PowerSchoolAuthenticationException(BaseAddress, $"HTTP 401 on {operation}.")
            {
                StatusCode = status, Operation = operation, ServerMessage = serverMessage,
            },
            HttpStatusCode.Forbidden => new PowerSchoolAccessDeniedException(AccessDenied(operation, missing), missing)
            {
                StatusCode = status, Operation = operation, ServerMessage = serverMessage,
            },
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError =>
                new PowerSchoolUnavailableException($"{operation} kept failing with HTTP {(int)status}; try again later.")
                {
                    StatusCode = status, Operation = operation, ServerMessage = serverMessage, IsTransient = true,
                },
            _ => new PowerSchoolException($"{operation} failed with HTTP {(int)status}.")
            {
                StatusCode = status, Operation = operation, ServerMessage = serverMessage,
            },
        };
    }

    // PowerSchool's NoAccess names table and field only; the message adds what grants them (field names are no student data).
    private static string AccessDenied(string operation, IReadOnlyList<PowerSchoolFieldAccess> missing) => missing.Count == 0
        ? $"{operation} was refused (HTTP 403): the plugin lacks access to a field PowerSchool did not name."
        : $"{operation} was refused (HTTP 403 NoAccess): the plugin has no access to {string.Join(", ", missing.Select(f => $"{f.Table}.{f.Field}"))}. "
            + $"Add to plugin.xml's <access_request>: {string.Join(" ", missing.Select(f => f.ToPluginXml()))} then disable and enable the plugin.";

    public async Task EnsureSuccessAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            await ThrowAsync(request, response, cancellationToken);
        }
    }

    private PowerSchoolException Translate(HttpRequestMessage request, Exception ex)
    {
        var operation = RequestMetadata.Operation(request);
        if (ex is BrokenCircuitException || RequestMetadata.IsIdempotent(request) || PowerSchoolResiliencePipeline.NeverSent(ex))
        {
            return new PowerSchoolUnavailableException($"{operation} could not be completed ({ex.GetType().Name}); try again later.", ex)
            {
                Operation = operation, IsTransient = true,
            };
        }

        Log.OutcomeUnknown(logger, request.Method.Method, RequestMetadata.TemplateOf(request), ex.GetType().Name);
        return new PowerSchoolOutcomeUnknownException(
            $"{operation} was sent but not answered ({ex.GetType().Name}); it may have been processed and was not re-sent.", ex)
        {
            Operation = operation,
        };
    }

    private static bool IsTransportFailure(Exception ex) =>
        ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or OperationCanceledException;

    private static bool IsAmbiguous(HttpStatusCode status) =>
        status >= HttpStatusCode.InternalServerError && status != HttpStatusCode.ServiceUnavailable;
}
