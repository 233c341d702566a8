using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Http;
using PsFunctions.Hosting.Setup;

namespace PsFunctions.App.Status;

/// <summary>HTTP GET <c>/api/status</c> (function key): the setup report and, once configured, last runs, queue backlog, poison counts, rejections awaiting a person.</summary>
public sealed class GetStatus(StatusReport report)
{
    [Function(nameof(GetStatus))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "status")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        await StatusHttp.RespondAsync(report, request.HttpContext, cancellationToken);
        return new EmptyResult();
    }
}
