using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Http;
using PsFunctions.Sync.Status;

namespace PsFunctions.App.Status;

/// <summary>HTTP GET <c>/api/status</c> (function key): last runs, queue backlog, poison counts, rejections awaiting a person.</summary>
public sealed class GetStatus(SyncStatusReader reader)
{
    [Function(nameof(GetStatus))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "status")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        await StatusHttp.RespondAsync(reader, request.HttpContext, cancellationToken);
        return new EmptyResult();
    }
}
