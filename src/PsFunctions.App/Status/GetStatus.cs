using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Status;

namespace PsFunctions.App.Status;

/// <summary>HTTP GET <c>/api/status</c> (function key): last runs, queue backlog, poison counts, rejections awaiting a person.</summary>
public sealed class GetStatus(SyncStatusReader reader, IOptions<DeliveryTargetsOptions> targets)
{
    [Function(nameof(GetStatus))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "status")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var status = await reader.ReadAsync(targets.Value.Ids, cancellationToken);
        return new ContentResult
        {
            StatusCode = StatusCodes.Status200OK,
            Content = JsonSerializer.Serialize(status, SyncStatusJsonContext.Default.SyncStatus),
            ContentType = "application/json; charset=utf-8",
        };
    }
}
