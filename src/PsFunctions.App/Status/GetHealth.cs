using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Http;
using PsFunctions.Hosting.Setup;

namespace PsFunctions.App.Status;

/// <summary>
/// HTTP GET <c>/api/health</c>, anonymous so probes and the post-deploy hook need no key: <c>healthy</c>, <c>degraded</c> or
/// <c>not configured</c> with the names of the missing settings and secrets. It carries no data, and its answer is cached.
/// </summary>
public sealed class GetHealth(HealthReader reader)
{
    [Function(nameof(GetHealth))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        await HealthHttp.RespondAsync(reader, request.HttpContext, cancellationToken);
        return new EmptyResult();
    }
}
