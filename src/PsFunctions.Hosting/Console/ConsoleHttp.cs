using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PsFunctions.Hosting.Setup;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// <c>/api/console/{*path}</c> as every host serves it: the page and its assets (embedded), <c>api/overview</c> (the
/// <c>/api/status</c> answer), <c>api/rejections</c> (the work list), <c>api/actions</c> (the latest actions taken), <c>api/antiforgery</c> (the token actions carry) and the
/// actions, POSTs whose anti-forgery token is validated here: <c>api/rejections/replay</c>, <c>api/deadletters/requeue</c>.
/// Every request is first let in or refused by <see cref="ConsoleAccess"/>.
/// </summary>
public sealed class ConsoleHttp(ConsoleAccess access, ConsoleWorkList workList, ConsoleActions actions, StatusReport status, ILogger<ConsoleHttp> logger)
{
    public const string AntiforgeryHeader = "X-Console-Token";

    private const string JsonType = "application/json; charset=utf-8";

    public async Task RespondAsync(string? path, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (principal, code) = access.Check(context);
        if (principal is null)
        {
            logger.Refused(code, code == StatusCodes.Status401Unauthorized ? "not signed in" : "not allowed");
            context.Response.StatusCode = code;
            return;
        }

        path = (path ?? string.Empty).Trim('/');
        context.Response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsPost(context.Request.Method))
        {
            await ActAsync(path, principal, context, cancellationToken);
            return;
        }

        switch (path)
        {
            case "" or "index.html":
                await AssetAsync("index.html", context, cancellationToken);
                break;
            case var asset when asset.StartsWith("assets/", StringComparison.Ordinal):
                await AssetAsync(asset["assets/".Length..], context, cancellationToken);
                break;
            case "api/overview":
                await WriteAsync(context, await status.ReadJsonAsync(cancellationToken), cancellationToken);
                break;
            case "api/rejections":
                var list = await workList.ListAsync(cancellationToken);
                await WriteAsync(context, JsonSerializer.Serialize(list, ConsoleJsonContext.Default.IReadOnlyListConsoleRejection), cancellationToken);
                break;
            case "api/actions":
                var done = await workList.ListActionsAsync(cancellationToken);
                await WriteAsync(context, JsonSerializer.Serialize(done, ConsoleJsonContext.Default.IReadOnlyListOperatorAction), cancellationToken);
                break;
            case "api/antiforgery":
                var token = access.IssueToken(context);
                await WriteAsync(context, JsonSerializer.Serialize(token, ConsoleJsonContext.Default.AntiforgeryTokenResponse), cancellationToken);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task ActAsync(string path, ConsolePrincipal principal, HttpContext context, CancellationToken cancellationToken)
    {
        if (!await access.IsActionValidAsync(context))
        {
            logger.Refused(StatusCodes.Status400BadRequest, "anti-forgery token missing or invalid");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        ConsoleActionResult? result = path switch
        {
            "api/rejections/replay" => await ReplayAsync(principal, context, cancellationToken),
            "api/deadletters/requeue" => await RequeueAsync(principal, context, cancellationToken),
            _ => null,
        };
        if (result is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        logger.ActionTaken(path, result.Done);
        context.Response.StatusCode = result.Done ? StatusCodes.Status200OK : StatusCodes.Status409Conflict;
        await WriteAsync(context, JsonSerializer.Serialize(result, ConsoleJsonContext.Default.ConsoleActionResult), cancellationToken);
    }

    private async Task<ConsoleActionResult> ReplayAsync(ConsolePrincipal principal, HttpContext context, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(context, ConsoleJsonContext.Default.ReplayRequest, cancellationToken);
        return string.IsNullOrWhiteSpace(request?.SubmissionId)
            ? new ConsoleActionResult(false, "submissionId is required: the id of the rejected submission to replay.")
            : await actions.ReplayAsync(request.SubmissionId, principal, cancellationToken);
    }

    private async Task<ConsoleActionResult> RequeueAsync(ConsolePrincipal principal, HttpContext context, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(context, ConsoleJsonContext.Default.RequeueRequest, cancellationToken);
        return string.IsNullOrWhiteSpace(request?.Queue)
            ? new ConsoleActionResult(false, "queue is required: the work queue whose dead letters go back.")
            : await actions.RequeueAsync(request.Queue, principal, cancellationToken);
    }

    private static async Task<T?> ReadAsync<T>(HttpContext context, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(context.Request.Body, type, cancellationToken);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static async Task AssetAsync(string name, HttpContext context, CancellationToken cancellationToken)
    {
        if (ConsoleAssets.Open(name) is not var (content, type))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using (content)
        {
            context.Response.ContentType = type;
            await content.CopyToAsync(context.Response.Body, cancellationToken);
        }
    }

    private static Task WriteAsync(HttpContext context, string json, CancellationToken cancellationToken)
    {
        context.Response.ContentType = JsonType;
        return context.Response.WriteAsync(json, cancellationToken);
    }
}
