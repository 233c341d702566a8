using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PowerSchool.Simulator.Enrollment.Auth;

/// <summary>Rejects /api/v1 requests without the configured API key, with the reference's message and the configured status.</summary>
internal sealed class ApiKeyFilter(IOptions<EnrollmentOptions> options, ILogger<ApiKeyFilter> logger) : IEndpointFilter
{
    public const string Message = "You are not authorized to access this resource.";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var settings = options.Value;
        if (BasicApiKey.Matches(context.HttpContext.Request, settings.ApiKey))
        {
            return await next(context);
        }

        logger.RejectedApiKey();
        if (settings.UnauthorizedStatusCode == StatusCodes.Status401Unauthorized)
        {
            context.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Basic realm=\"PowerSchool Enrollment\"";
        }

        return ErrorMessage.Result(settings.UnauthorizedStatusCode, Message);
    }
}
