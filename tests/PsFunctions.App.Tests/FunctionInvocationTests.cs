using System.Globalization;
using System.Text;
using Azure.Storage.Queues.Models;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.App.ChangeFeed;
using PsFunctions.App.Documents;
using PsFunctions.App.Enrollment;
using PsFunctions.App.Status;
using PsFunctions.App.Students;
using PsFunctions.App.Webhooks;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.App.Tests;

/// <summary>
/// Each function called as the worker calls it, on the real engine, simulator and Azurite. The tests share one
/// product (fixed queue and table names), so each arranges its own submissions and asserts on its own ids.
/// </summary>
public sealed class FunctionInvocationTests(ProductFixture product) : IClassFixture<ProductFixture>
{
    [Fact]
    public async Task Polled_submissions_are_applied_or_rejected_with_reasons_and_their_documents_mirrored()
    {
        var created = await CreateSubmissionsAsync(4);
        var submissionIds = created.Select(submission => submission.Id).ToList();

        await product.Function<PollEnrollmentDeliveries>().RunAsync(new TimerInfo(), CancellationToken.None);
        await DrainAsync(WorkQueues.StudentUpserts, message => product.Function<ApplyStudentUpserts>().RunAsync(message, CancellationToken.None));
        await DrainAsync(WorkQueues.DocumentMirror, message => product.Function<MirrorDocuments>().RunAsync(message, CancellationToken.None));

        // Each submission ends applied (a SIS student exists) or rejected with its reasons; none is left in between.
        var ledger = product.Services.GetRequiredService<IUpsertLedger>();
        var applied = 0;
        foreach (var id in submissionIds)
        {
            var entry = await ledger.GetAsync(id);
            Assert.NotNull(entry);
            if (entry.State == UpsertState.Rejected)
            {
                var rejection = await product.Services.GetRequiredService<IRejectionStore>().GetAsync(id);
                Assert.NotNull(rejection);
                Assert.NotEmpty(rejection.Reasons);
                continue;
            }

            Assert.Equal(UpsertState.Succeeded, entry.State);
            using var student = await product.Simulator.Admin.GetAsync(new Uri($"_sim/sis/students/{entry.Dcid}", UriKind.Relative));
            Assert.True(student.IsSuccessStatusCode, $"the SIS has no student {entry.Dcid}");
            applied++;
        }

        Assert.True(applied > 0, "no submission was applied");

        var documents = product.Services.GetRequiredService<IDocumentStore>();
        var expected = created.SelectMany(submission => submission.Documents.Select(document => (submission.Id, document.ObjectId, document.Length))).ToList();
        Assert.NotEmpty(expected);
        foreach (var (submissionId, objectId, length) in expected)
        {
            var stored = await documents.GetAsync($"{ProductFixture.DeliveryTargetId}/{submissionId}/{objectId}");
            Assert.NotNull(stored);
            Assert.Equal(length, stored.Length);
        }
    }

    [Fact]
    public async Task A_signed_webhook_is_accepted_with_202_and_its_command_queued()
    {
        var body = $$"""{"type":"enrollment.poll","deliveryTargetId":"{{ProductFixture.DeliveryTargetId}}"}""";
        var before = await CountAsync(WorkQueues.WebhookCommands);

        var result = await InvokeWebhookAsync(body, signed: true);

        Assert.Equal(StatusCodes.Status202Accepted, result.StatusCode);
        Assert.Equal(before + 1, await CountAsync(WorkQueues.WebhookCommands));
    }

    [Fact]
    public async Task An_unsigned_webhook_is_refused_with_401_and_nothing_queued()
    {
        var body = $$"""{"type":"enrollment.poll","deliveryTargetId":"{{ProductFixture.DeliveryTargetId}}"}""";
        var before = await CountAsync(WorkQueues.WebhookCommands);

        var result = await InvokeWebhookAsync(body, signed: false);

        Assert.Equal(StatusCodes.Status401Unauthorized, result.StatusCode);
        Assert.Equal(before, await CountAsync(WorkQueues.WebhookCommands));
    }

    [Fact]
    public async Task A_source_over_its_rate_limit_is_refused_with_429_in_the_worker_and_other_sources_are_still_served()
    {
        var body = $$"""{"type":"enrollment.poll","deliveryTargetId":"{{ProductFixture.DeliveryTargetId}}"}""";
        var answers = new List<HttpAnswer>();
        for (var i = 0; i <= ProductFixture.LimitedSourcePermits; i++)
        {
            answers.Add(await InvokeWebhookAsync(body, signed: true, ProductFixture.LimitedSource));
        }

        var other = await InvokeWebhookAsync(body, signed: true);

        // The limited source has no secret: what passes the limiter is refused by the receiver (404), the rest by the limiter.
        Assert.Equal(
            [.. Enumerable.Repeat(StatusCodes.Status404NotFound, ProductFixture.LimitedSourcePermits), StatusCodes.Status429TooManyRequests],
            answers.Select(answer => answer.StatusCode));
        Assert.Contains("\"rate_limited\"", answers[^1].Content, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(answers[^1].RetryAfter), "a 429 without Retry-After");
        Assert.Equal(StatusCodes.Status202Accepted, other.StatusCode);
    }

    [Fact]
    public async Task Status_reports_the_configured_delivery_target_and_every_work_queue()
    {
        var context = NewContext();

        await product.Function<GetStatus>().RunAsync(context.Request, CancellationToken.None);

        var result = Answer(context);
        Assert.Equal(StatusCodes.Status200OK, result.StatusCode);
        Assert.Contains(ProductFixture.DeliveryTargetId, result.Content, StringComparison.Ordinal);
        foreach (var queue in (string[])[WorkQueues.StudentUpserts, WorkQueues.DocumentMirror, WorkQueues.WebhookCommands])
        {
            Assert.Contains(queue, result.Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Polling_SIS_changes_records_a_data_version_checkpoint()
    {
        await product.Function<PollSisChanges>().RunAsync(new TimerInfo(), CancellationToken.None);

        var status = await product.Services.GetRequiredService<Sync.Status.SyncStatusReader>().ReadAsync([ProductFixture.DeliveryTargetId]);
        Assert.NotNull(status.ChangeFeed);
        Assert.True(status.ChangeFeed.DataVersion > 0, "the change feed stored no data version");
    }

    [Fact]
    public async Task Polling_SIS_changes_first_purges_expired_webhook_delivery_ids()
    {
        var deliveryIds = product.Services.GetRequiredService<IDeliveryIdStore>();
        var now = TimeProvider.System.GetUtcNow();
        var expired = Guid.NewGuid().ToString("N");
        var recent = Guid.NewGuid().ToString("N");
        await deliveryIds.TryRecordAsync(ProductFixture.WebhookSource, expired, now - WebhookOptions.DeliveryIdRetention - TimeSpan.FromMinutes(1));
        await deliveryIds.TryRecordAsync(ProductFixture.WebhookSource, recent, now);

        await product.Function<PollSisChanges>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.True(await deliveryIds.TryRecordAsync(ProductFixture.WebhookSource, expired, now), "the expired delivery id was not purged");
        Assert.False(await deliveryIds.TryRecordAsync(ProductFixture.WebhookSource, recent, now), "a recent delivery id was purged");
    }

    [Fact]
    public async Task Polling_SIS_changes_purges_audit_entries_older_than_the_retention()
    {
        var audit = product.Services.GetRequiredService<IAuditStore>();
        var now = TimeProvider.System.GetUtcNow();
        var retention = product.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuditOptions>>().Value.Retention;
        var expired = Guid.NewGuid().ToString("N");
        var recent = Guid.NewGuid().ToString("N");
        await audit.AddPendingAsync(PendingEntry(expired, now - retention - TimeSpan.FromMinutes(1)));
        await audit.AddPendingAsync(PendingEntry(recent, now));

        await product.Function<PollSisChanges>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Null(await audit.GetAsync(expired, AuditKeys.For(expired)));
        Assert.NotNull(await audit.GetAsync(recent, AuditKeys.For(recent)));
    }

    private static AuditEntry PendingEntry(string submissionId, DateTimeOffset at) => new(
        AuditKeys.For(submissionId), submissionId, AuditSource.Batch, "UPDATE", 1, [new FieldChange("name.middle_name", null, "Lee")], AuditState.Pending, at);

    [Fact]
    public async Task A_signed_poll_of_a_target_not_configured_is_refused_with_422_and_nothing_queued()
    {
        var body = """{"type":"enrollment.poll","deliveryTargetId":"00000000-0000-4000-8000-00000000dead"}""";
        var before = await CountAsync(WorkQueues.WebhookCommands);

        var result = await InvokeWebhookAsync(body, signed: true);

        Assert.Equal(StatusCodes.Status422UnprocessableEntity, result.StatusCode);
        Assert.Contains("deliveryTargetId", result.Content, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(WorkQueues.WebhookCommands));
    }

    [Fact]
    public async Task Executing_a_queued_enrollment_poll_command_runs_intake_for_its_target()
    {
        var created = await CreateSubmissionsAsync(1);
        var command = new EnrollmentPollCommand(Guid.NewGuid().ToString("N"), ProductFixture.WebhookSource, Guid.NewGuid().ToString("N"), DateTimeOffset.UnixEpoch, ProductFixture.DeliveryTargetId);
        var queue = Queue(WorkQueues.WebhookCommands);
        await queue.SendMessageAsync(WebhookCommandSerializer.Serialize(command));

        await DrainAsync(WorkQueues.WebhookCommands, message => product.Function<ExecuteWebhookCommands>().RunAsync(message, CancellationToken.None));

        var runs = await product.Services.GetRequiredService<IBatchLedger>().GetLastRunsAsync(ProductFixture.DeliveryTargetId, 50);
        Assert.Contains(runs, run => run.RecordCount >= created.Count);
    }

    private Task<IReadOnlyList<CreatedSubmission>> CreateSubmissionsAsync(int count) =>
        SimulatorSubmissions.CreateAsync(product.Simulator, count, ProductFixture.DeliveryTargetId);

    private sealed record HttpAnswer(int StatusCode, string Content, string? RetryAfter);

    // The functions write their answer to the response, as they do under the Functions host's ASP.NET Core integration.
    private static DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static HttpAnswer Answer(HttpContext context) =>
        new(context.Response.StatusCode, Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()), context.Response.Headers.RetryAfter);

    private async Task<HttpAnswer> InvokeWebhookAsync(string body, bool signed, string source = ProductFixture.WebhookSource)
    {
        var context = NewContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        context.Request.Headers[WebhookHeaders.Timestamp] = timestamp;
        context.Request.Headers[WebhookHeaders.Delivery] = Guid.NewGuid().ToString("N");
        if (signed)
        {
            context.Request.Headers[WebhookHeaders.Signature] = WebhookSignature.Compute(ProductFixture.WebhookSecret, timestamp, bytes);
        }

        await product.Function<ReceiveWebhook>().RunAsync(context.Request, source, CancellationToken.None);
        return Answer(context);
    }

    private QueueClient Queue(string name) =>
        new(product.StorageConnection, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    private async Task<int> CountAsync(string queueName)
    {
        var queue = Queue(queueName);
        await queue.CreateIfNotExistsAsync();
        return (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
    }

    // Receives every message of the queue and hands each to the function, deleting it once the function returns.
    private async Task DrainAsync(string queueName, Func<QueueMessage, Task> function)
    {
        var queue = Queue(queueName);
        await queue.CreateIfNotExistsAsync();
        for (var round = 0; round < 100; round++)
        {
            var messages = (await queue.ReceiveMessagesAsync(32)).Value;
            if (messages.Length == 0)
            {
                return;
            }

            foreach (var message in messages)
            {
                await function(message);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }
}
