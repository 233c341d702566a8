using Azure.Data.Tables;
using Azure.Storage.Queues;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Azure.Storage;
using PsFunctions.Local.Cli;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;
using PsFunctions.Testing;

namespace PsFunctions.Local.Tests;

/// <summary>The operator commands on a real Azurite. They share the fixed queue and table names, so they run one at a time.</summary>
[Collection(nameof(OperationsCommandTests))]
[CollectionDefinition(nameof(OperationsCommandTests), DisableParallelization = true)]
public sealed class OperationsCommandTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Replay_queues_a_rejected_submission_again_and_resolves_its_rejection()
    {
        var submissionId = AzuriteFixture.UniqueName("sub");
        var rejections = new TableRejectionStore(await TableAsync(StorageNames.RejectionsTable));
        await rejections.SaveAsync(new Rejection(
            submissionId, "target-1", "batch-1", "{}", [new RejectionReason("school_enrollment.school_number", "is missing", "required on insert")], DateTimeOffset.UnixEpoch));
        var queue = Queue(WorkQueues.StudentUpserts);
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();

        var code = await RunAsync("ops", "replay", submissionId);

        Assert.Equal(LocalCommand.Success, code);
        Assert.True((await rejections.GetAsync(submissionId))!.Resolved);
        var ledger = new TableUpsertLedger(await TableAsync(StorageNames.UpsertLedgerTable));
        Assert.Equal(UpsertState.Posting, (await ledger.GetAsync(submissionId))!.State);
        var message = (await queue.ReceiveMessageAsync()).Value;
        Assert.Contains(submissionId, message.Body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_queues_the_latest_delivered_version_and_names_its_batch()
    {
        var submissionId = AzuriteFixture.UniqueName("sub");
        var rejections = new TableRejectionStore(await TableAsync(StorageNames.RejectionsTable));
        await rejections.SaveAsync(new Rejection(
            submissionId, "target-1", "batch-1", "{}", [new RejectionReason("message", "gave up", "deliveries exhausted")], DateTimeOffset.UnixEpoch));
        var ledger = new TableUpsertLedger(await TableAsync(StorageNames.UpsertLedgerTable));
        var at = DateTimeOffset.UnixEpoch;
        await ledger.SaveAsync(new UpsertLedgerEntry(submissionId, submissionId, UpsertState.Posting, null, null, at, "aaaa", "target-1", "batch-1", at));
        await ledger.SaveAsync(new UpsertLedgerEntry(submissionId, submissionId, UpsertState.Rejected, null, null, at.AddHours(1), "bbbb", "target-1", "batch-2", at.AddHours(1)));
        var queue = Queue(WorkQueues.StudentUpserts);
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();
        using var output = new StringWriter();

        var code = await LocalCommand.RunAsync(["ops", "replay", submissionId, "--storage", azurite.ConnectionString], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(LocalCommand.Success, code);
        Assert.Contains("from batch batch-2 (its latest delivered version", output.ToString(), StringComparison.Ordinal);
        Assert.Equal((UpsertState.Posting, "bbbb"), ((await ledger.GetAsync(submissionId))!.State, (await ledger.GetAsync(submissionId))!.Fingerprint));
        var message = (await queue.ReceiveMessageAsync()).Value;
        Assert.Contains("batch-2", message.Body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_of_an_unknown_submission_fails_and_queues_nothing()
    {
        var queue = Queue(WorkQueues.StudentUpserts);
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();

        var code = await RunAsync("ops", "replay", AzuriteFixture.UniqueName("none"));

        Assert.Equal(LocalCommand.Failed, code);
        Assert.Null((await queue.ReceiveMessageAsync()).Value);
    }

    [Fact]
    public async Task Replay_of_a_rejected_webhook_command_fails_queues_nothing_and_keeps_the_rejection()
    {
        var submissionId = AzuriteFixture.UniqueName("webhook-cmd");
        var rejections = new TableRejectionStore(await TableAsync(StorageNames.RejectionsTable));
        await rejections.SaveAsync(new Rejection(
            submissionId, Rejection.WebhookDeliveryTargetPrefix + "crm", "delivery-1", "{}", [new RejectionReason("student", "names no SIS student", "student.update needs an existing student")], DateTimeOffset.UnixEpoch));
        var queue = Queue(WorkQueues.StudentUpserts);
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();

        var code = await RunAsync("ops", "replay", submissionId);

        Assert.Equal(LocalCommand.Failed, code);
        Assert.False((await rejections.GetAsync(submissionId))!.Resolved);
        Assert.Null((await queue.ReceiveMessageAsync()).Value);
    }

    [Fact]
    public async Task Requeue_poison_moves_every_poison_message_back_to_its_queue()
    {
        var queue = Queue(WorkQueues.DocumentMirror);
        var poison = Queue(WorkQueues.PoisonOf(WorkQueues.DocumentMirror));
        await queue.CreateIfNotExistsAsync();
        await poison.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();
        await poison.ClearMessagesAsync();
        await poison.SendMessageAsync("{\"first\":1}");
        await poison.SendMessageAsync("{\"second\":2}");

        var code = await RunAsync("ops", "requeue-poison", WorkQueues.DocumentMirror);

        Assert.Equal(LocalCommand.Success, code);
        Assert.Equal(0, (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        var bodies = (await queue.ReceiveMessagesAsync(32)).Value.Select(message => message.Body.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(["{\"first\":1}", "{\"second\":2}"], bodies);
    }

    [Fact]
    public async Task Attention_lists_open_items_without_their_values_and_shows_one_with_them()
    {
        var item = await AddAttentionAsync();

        var (listCode, list) = await RunWithOutputAsync("ops", "attention");
        var (showCode, shown) = await RunWithOutputAsync("ops", "attention", item.Id);

        Assert.Equal((LocalCommand.Success, LocalCommand.Success), (listCode, showCode));
        Assert.Contains($"{item.Id}  transfer  submission {item.SubmissionId}  student 42  school_enrollment.school_number: {item.Problem}", list, StringComparison.Ordinal);
        Assert.DoesNotContain("requested", list, StringComparison.Ordinal);
        Assert.Contains("SIS value:  100", shown, StringComparison.Ordinal);
        Assert.Contains("requested:  200", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_closes_an_item_with_the_note_in_the_name_of_the_OS_user()
    {
        var item = await AddAttentionAsync();
        var store = new TableAttentionStore(await TableAsync(StorageNames.AttentionTable));

        var code = await RunAsync("ops", "resolve", item.Id, "--note", "transferred in PowerSchool");
        var again = await RunAsync("ops", "resolve", item.Id, "--note", "twice");

        Assert.Equal((LocalCommand.Success, LocalCommand.Failed), (code, again));
        var resolution = (await store.GetAsync(item.Id))!.Resolution!;
        Assert.Equal((System.Environment.UserName, "transferred in PowerSchool"), (resolution.ResolvedBy, resolution.Note));
    }

    [Fact]
    public async Task Resolve_without_a_note_is_refused_and_leaves_the_item_open()
    {
        var item = await AddAttentionAsync();
        var store = new TableAttentionStore(await TableAsync(StorageNames.AttentionTable));

        var code = await RunAsync("ops", "resolve", item.Id);

        Assert.Equal(LocalCommand.Failed, code);
        Assert.True((await store.GetAsync(item.Id))!.IsOpen);
    }

    private async Task<AttentionItem> AddAttentionAsync()
    {
        var submissionId = AzuriteFixture.UniqueName("sub");
        var item = new AttentionItem(
            AttentionItem.IdOf(submissionId, "{}", "school_enrollment.school_number", AttentionKind.Transfer), submissionId, "target-1", "batch-1", 42,
            "school_enrollment.school_number", AttentionKind.Transfer, "100", "200", "needs a transfer in PowerSchool from school 100 to school 200",
            "INSERT only", DateTimeOffset.UnixEpoch);
        await new TableAttentionStore(await TableAsync(StorageNames.AttentionTable)).AddAsync(item);
        return item;
    }

    [Fact]
    public async Task Audit_shows_the_submissions_changes_and_the_other_changes_of_its_student_oldest_first()
    {
        var submissionId = AzuriteFixture.UniqueName("sub");
        var dcid = Random.Shared.NextInt64(1_000_000, 9_000_000);
        var audit = new TableAuditStore(await TableAsync(StorageNames.AuditTable));
        var at = new DateTimeOffset(2026, 9, 14, 8, 0, 0, TimeSpan.Zero);
        await ApplyAsync(audit, new AuditEntry(
            "webhook-" + submissionId, "webhook-" + submissionId, AuditSource.Webhook, "UPDATE", dcid,
            [new FieldChange("phones.main.number", "217-555-0143", "217-555-0199")], AuditState.Pending, at.AddDays(1)), dcid);
        await ApplyAsync(audit, new AuditEntry(
            submissionId, submissionId, AuditSource.Batch, "UPDATE", dcid,
            [new FieldChange("addresses.physical.street", "40 Birch Lane", "12 Elm Street")], AuditState.Pending, at), dcid);
        using var output = new StringWriter();

        var code = await LocalCommand.RunAsync(["ops", "audit", submissionId, "--storage", azurite.ConnectionString], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(LocalCommand.Success, code);
        var lines = output.ToString().Split(System.Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Audit of submission {submissionId} (student {dcid}): 2 entries, oldest first", lines[0]);
        Assert.StartsWith($"2026-09-14 08:00:00Z  batch    {submissionId}  UPDATE  student {dcid}", lines[1], StringComparison.Ordinal);
        Assert.Equal("    addresses.physical.street: \"40 Birch Lane\" -> \"12 Elm Street\"", lines[2]);
        Assert.StartsWith($"2026-09-15 08:00:00Z  webhook  webhook-{submissionId}  UPDATE  student {dcid}", lines[3], StringComparison.Ordinal);
        Assert.Equal("    phones.main.number: \"217-555-0143\" -> \"217-555-0199\"", lines[4]);
    }

    [Fact]
    public async Task Audit_of_a_submission_without_entries_fails_and_says_so()
    {
        using var output = new StringWriter();

        var code = await LocalCommand.RunAsync(["ops", "audit", AzuriteFixture.UniqueName("none"), "--storage", azurite.ConnectionString], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(LocalCommand.Failed, code);
        Assert.Contains("has no audit entries", output.ToString(), StringComparison.Ordinal);
    }

    // Confirmed at the time it was recorded, so the history's order is the recorded order.
    private static async Task ApplyAsync(TableAuditStore audit, AuditEntry entry, long dcid) =>
        await audit.ConfirmAsync(await audit.AddPendingAsync(entry), dcid, entry.RecordedAt);

    private async Task<int> RunAsync(params string[] args) =>
        await LocalCommand.RunAsync([.. args, "--storage", azurite.ConnectionString], TextWriter.Null, TextWriter.Null, CancellationToken.None);

    private async Task<(int Code, string Output)> RunWithOutputAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await LocalCommand.RunAsync([.. args, "--storage", azurite.ConnectionString], output, TextWriter.Null, CancellationToken.None);
        return (code, output.ToString());
    }

    private QueueClient Queue(string name) =>
        new(azurite.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    private async Task<TableClient> TableAsync(string name)
    {
        var table = new TableClient(azurite.ConnectionString, name);
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
