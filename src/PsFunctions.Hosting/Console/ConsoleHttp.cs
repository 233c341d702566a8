using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// <c>/api/console/{*path}</c> as every host serves it: the page and its assets (embedded); JSON under <c>api/</c>:
/// <c>overview</c> (the <c>/api/status</c> answer), <c>rejections</c> (the work list), <c>actions</c> (the latest actions
/// taken), <c>submissions/{id}</c> (a submission's history), <c>antiforgery</c> (the token actions carry);
/// <c>documents/{target}/{submission}/{object}</c> streams a mirrored document; and the actions, POSTs whose anti-forgery
/// token is validated here: <c>api/rejections/replay</c>, <c>api/deadletters/requeue</c>. Every request is first let in or
/// refused by <see cref="ConsoleAccess"/>.
/// </summary>
public sealed class ConsoleHttp(ConsoleAccess access, ConsoleWorkList workList, ConsoleSubmissions submissions, ConsoleActions actions, ILogger<ConsoleHttp> logger)
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
        }
        else
        {
            await GetAsync(path.Split('/'), context, cancellationToken);
        }
    }

    private async Task GetAsync(string[] segments, HttpContext context, CancellationToken cancellationToken)
    {
        switch (segments)
        {
            case [""] or ["index.html"]:
                await AssetAsync("index.html", context, cancellationToken);
                break;
            case ["assets", var name]:
                await AssetAsync(name, context, cancellationToken);
                break;
            case ["documents", var target, var submissionId, var objectId]:
                await DocumentAsync(target, submissionId, objectId, context, cancellationToken);
                break;
            case ["api", "submissions", var submissionId]:
                var submission = await submissions.ReadAsync(submissionId, cancellationToken);
                await WriteAsync(context, JsonSerializer.Serialize(submission, ConsoleJsonContext.Default.ConsoleSubmission), cancellationToken);
                break;
            case ["api", var name] when await ApiJsonAsync(name, context, cancellationToken) is { } json:
                await WriteAsync(context, json, cancellationToken);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task<string?> ApiJsonAsync(string name, HttpContext context, CancellationToken cancellationToken) => name switch
    {
        "overview" => await workList.ReadOverviewJsonAsync(cancellationToken),
        "rejections" => JsonSerializer.Serialize(await workList.ListAsync(cancellationToken), ConsoleJsonContext.Default.IReadOnlyListConsoleRejection),
        "actions" => JsonSerializer.Serialize(await workList.ListActionsAsync(cancellationToken), ConsoleJsonContext.Default.IReadOnlyListOperatorAction),
        "antiforgery" => JsonSerializer.Serialize(access.IssueToken(context), ConsoleJsonContext.Default.AntiforgeryTokenResponse),
        _ => null,
    };

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
            "api/rejections/replay" => await ReadAsync(context, ConsoleJsonContext.Default.ReplayRequest, cancellationToken) is { SubmissionId: { Length: > 0 } id }
                ? await actions.ReplayAsync(id, principal, cancellationToken)
                : new ConsoleActionResult(false, "submissionId is required: the id of the rejected submission to replay."),
            "api/deadletters/requeue" => await ReadAsync(context, ConsoleJsonContext.Default.RequeueRequest, cancellationToken) is { Queue: { Length: > 0 } queue }
                ? await actions.RequeueAsync(queue, principal, cancellationToken)
                : new ConsoleActionResult(false, "queue is required: the work queue whose dead letters go back."),
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

    private static async Task<T?> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> type, CancellationToken cancellationToken)
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

    private async Task DocumentAsync(string target, string submissionId, string objectId, HttpContext context, CancellationToken cancellationToken)
    {
        (Stream Content, string ContentType)? document;
        try
        {
            document = await submissions.OpenDocumentAsync(target, submissionId, objectId, cancellationToken);
        }
        catch (ArgumentException)
        {
            // An id DocumentPath refuses names no stored document.
            document = null;
        }

        if (document is not null)
        {
            // A family's upload is never rendered in the console's origin: downloaded, its type taken as given.
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{objectId}\"";
            context.Response.Headers.XContentTypeOptions = "nosniff";
        }

        await StreamAsync(document, context, cancellationToken);
    }

    private static Task AssetAsync(string name, HttpContext context, CancellationToken cancellationToken) =>
        StreamAsync(ConsoleAssets.Open(name), context, cancellationToken);

    private static async Task StreamAsync((Stream Content, string ContentType)? file, HttpContext context, CancellationToken cancellationToken)
    {
        if (file is not var (content, type))
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
