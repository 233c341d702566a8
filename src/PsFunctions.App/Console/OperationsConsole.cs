using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Console;

namespace PsFunctions.App.Console;

/// <summary>
/// HTTP GET/POST <c>/api/console/{*path}</c>: the operations console (<see cref="ConsoleHttp"/>). Anonymous at the function
/// level on purpose: App Service authentication (the Bicep's authsettingsV2) signs staff in with Entra ID, and
/// <see cref="ConsoleAccess"/> requires the configured role in the principal the platform injects, so a function key alone opens nothing.
/// </summary>
public sealed class OperationsConsole(ConsoleHttp console)
{
    [Function(nameof(OperationsConsole))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "console/{*path}")] HttpRequest request,
        string? path,
        CancellationToken cancellationToken)
    {
        await console.RespondAsync(path, request.HttpContext, cancellationToken);
        return new EmptyResult();
    }
}
