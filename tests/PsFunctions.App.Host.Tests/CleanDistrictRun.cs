using System.Net;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Testing;

namespace PsFunctions.App.Host.Tests;

/// <summary>
/// A clean district's work, done once through the host alone, in the order a day brings it: new submissions, the
/// Enrollment timer (run through the admin API) and the queue triggers it feeds, the change-feed timer, webhooks (signed,
/// replayed, unsigned) and the status route (with and without the function key). Tests read what each step answered and
/// left behind; <see cref="LogLinesAtEnd"/> marks where the clean run's part of the host's log ends.
/// </summary>
internal sealed record CleanDistrictRun(
    IReadOnlyList<CreatedSubmission> Submissions,
    HttpStatusCode EnrollmentTimer,
    HttpStatusCode ChangeFeedTimer,
    HttpStatusCode SignedWebhook,
    HttpStatusCode ReplayedWebhook,
    HttpStatusCode UnsignedWebhook,
    (HttpStatusCode Status, string Body) StatusWithKey,
    (HttpStatusCode Status, string Body) StatusWithoutKey,
    int LogLinesAtEnd)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);

    public static async Task<CleanDistrictRun> RunAsync(HostFixture fixture)
    {
        using var client = fixture.CreateClient();
        var submissions = await SimulatorSubmissions.CreateAsync(fixture.Simulator, 4, HostFixture.DeliveryTargetId);

        var enrollmentTimer = await HostCalls.RunTimerAsync(client, "PollEnrollmentDeliveries");
        await Eventually.UntilAsync(token => AllSettledAsync(fixture, submissions, token), StepTimeout, "every submission applied or rejected and every document mirrored", Diagnostics(fixture));

        var changeFeedTimer = await HostCalls.RunTimerAsync(client, "PollSisChanges");
        await WaitForExecutionAsync(fixture, "PollSisChanges");

        var body = $$"""{"type":"enrollment.poll","deliveryTargetId":"{{HostFixture.DeliveryTargetId}}"}""";
        var deliveryId = Guid.NewGuid().ToString("N");
        var signed = await HostCalls.PostWebhookAsync(client, HostFixture.WebhookSource, body, deliveryId, HostFixture.WebhookSecret);
        var replayed = await HostCalls.PostWebhookAsync(client, HostFixture.WebhookSource, body, deliveryId, HostFixture.WebhookSecret);
        var unsigned = await HostCalls.PostWebhookAsync(client, HostFixture.WebhookSource, body, Guid.NewGuid().ToString("N"), secret: null);
        await WaitForExecutionAsync(fixture, "ExecuteWebhookCommands");

        var withKey = await HostCalls.GetStatusAsync(client, withKey: true);
        var withoutKey = await HostCalls.GetStatusAsync(client, withKey: false);
        await Eventually.UntilAsync(token => QueuesEmptyAsync(fixture, token), StepTimeout, "every work queue empty", Diagnostics(fixture));
        return new CleanDistrictRun(submissions, enrollmentTimer, changeFeedTimer, signed, replayed, unsigned, withKey, withoutKey, fixture.Host.Log.Count);
    }

    /// <summary>Waits for the host's result line of one run of <paramref name="function"/> (succeeded or failed: tests judge).</summary>
    public static Task WaitForExecutionAsync(HostFixture fixture, string function) =>
        Eventually.UntilAsync(
            _ => Task.FromResult(HostLog.Executed(fixture.Host.Log, function, string.Empty).Any()),
            StepTimeout,
            $"the host ran {function}",
            Diagnostics(fixture));

    public static Func<IEnumerable<string>> Diagnostics(HostFixture fixture) => () => fixture.Host.Log.TakeLast(40);

    private static async Task<bool> AllSettledAsync(HostFixture fixture, IReadOnlyList<CreatedSubmission> submissions, CancellationToken cancellationToken)
    {
        var ledger = fixture.Storage.GetRequiredService<IUpsertLedger>();
        var documents = fixture.Storage.GetRequiredService<IDocumentStore>();
        foreach (var submission in submissions)
        {
            if ((await ledger.GetAsync(submission.Id, cancellationToken))?.State is not (UpsertState.Succeeded or UpsertState.Rejected))
            {
                return false;
            }

            foreach (var document in submission.Documents)
            {
                if (await documents.GetAsync(DocumentPath(submission, document), cancellationToken) is null)
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static string DocumentPath(CreatedSubmission submission, CreatedDocument document) =>
        $"{HostFixture.DeliveryTargetId}/{submission.Id}/{document.ObjectId}";

    private static async Task<bool> QueuesEmptyAsync(HostFixture fixture, CancellationToken cancellationToken)
    {
        foreach (var queue in (string[])[WorkQueues.StudentUpserts, WorkQueues.DocumentMirror, WorkQueues.WebhookCommands])
        {
            var properties = await new QueueClient(fixture.StorageConnection, queue).GetPropertiesAsync(cancellationToken);
            if (properties.Value.ApproximateMessagesCount > 0)
            {
                return false;
            }
        }

        return true;
    }
}
