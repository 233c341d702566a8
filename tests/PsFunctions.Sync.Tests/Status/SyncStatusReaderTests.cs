using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Hosting;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Status;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Status;

[Collection(nameof(StatusMeasurementCollection))]
public sealed class SyncStatusReaderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private static readonly EventDestination Events = new("Service Bus topic student-events", IsConfigured: true);

    [Fact]
    public async Task Status_shows_last_runs_backlog_poison_counts_rejections_and_change_feed_checkpoint()
    {
        await using var services = BuildServices();
        var queues = new StorageWorkQueue(new StorageQueues(new QueueServiceClient(azurite.ConnectionString)));
        var reader = services.GetRequiredService<SyncStatusReader>();
        var before = await reader.ReadAsync([]);

        var ledger = services.GetRequiredService<IBatchLedger>();
        for (var i = 0; i < 7; i++)
        {
            await ledger.RecordRunAsync(new IntakeRun("district-a", Start.AddMinutes(i), Start.AddMinutes(i).AddSeconds(5), $"batch-{i}", i, 0, "Completed"));
        }

        await queues.EnqueueAsync(WorkQueues.DocumentMirror, "{}");
        await queues.EnqueueAsync(WorkQueues.DocumentMirror, "{}");
        await queues.EnqueueAsync(WorkQueues.PoisonOf(WorkQueues.StudentUpserts), "{}");
        var rejections = services.GetRequiredService<IRejectionStore>();
        foreach (var (id, minutes) in new[] { ("3003", 30), ("1001", 10), ("2002", 20), ("4004", 40) })
        {
            await rejections.SaveAsync(new Rejection(id, "district-a", "batch-1", "{\"student\":{}}", [new RejectionReason("student.grade", "missing", "required")], Start.AddMinutes(minutes)));
        }

        await rejections.MarkResolvedAsync("1001");
        await new ChangeFeedCheckpoint("psfunctions", 42, Start, Start.AddHours(1)).WriteAsync(services.GetRequiredService<ICheckpointStore>());

        var status = await reader.ReadAsync(["district-a", "district-b"]);

        Assert.Equal(["district-a", "district-b"], status.DeliveryTargets.Select(target => target.DeliveryTargetId));
        Assert.Equal(["batch-6", "batch-5", "batch-4"], status.DeliveryTargets[0].LastRuns.Select(run => run.BatchId));
        Assert.Empty(status.DeliveryTargets[1].LastRuns);
        Assert.Equal(Backlog(before, WorkQueues.DocumentMirror) + 2, Backlog(status, WorkQueues.DocumentMirror));
        Assert.Equal(Poisoned(before, WorkQueues.StudentUpserts) + 1, Poisoned(status, WorkQueues.StudentUpserts));
        Assert.Equal(Backlog(before, WorkQueues.WebhookCommands), Backlog(status, WorkQueues.WebhookCommands));
        Assert.Equal([WorkQueues.StudentUpserts, WorkQueues.DocumentMirror, WorkQueues.WebhookCommands], status.Queues.Select(queue => queue.Queue));
        Assert.Equal(3, status.Rejections.Awaiting);
        Assert.Equal(["2002", "3003"], status.Rejections.OldestSubmissionIds);
        Assert.Equal(new ChangeFeedStatus(42, Start, Start.AddHours(1)), status.ChangeFeed);
        Assert.Equal(Events, status.Events);
    }

    [Fact]
    public async Task Status_json_carries_ids_and_counts_but_no_rejected_record_data()
    {
        await using var services = BuildServices();
        await services.GetRequiredService<IRejectionStore>().SaveAsync(
            new Rejection("5005", "district-a", "batch-9", "{\"student\":{\"firstName\":\"Rosalind\"}}", [new RejectionReason("student.dob", "not a date", "yyyy-MM-dd")], Start));

        var status = await services.GetRequiredService<SyncStatusReader>().ReadAsync(["district-a"]);
        var json = JsonSerializer.Serialize(status, SyncStatusJsonContext.Default.SyncStatus);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("5005", document.RootElement.GetProperty("rejections").GetProperty("oldestSubmissionIds")[0].GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("changeFeed").ValueKind);
        Assert.Equal(Events.Description, document.RootElement.GetProperty("events").GetProperty("description").GetString());
        Assert.DoesNotContain("Rosalind", json, StringComparison.Ordinal);
        Assert.DoesNotContain("not a date", json, StringComparison.Ordinal);
    }

    private static readonly string[] AttentionFields = ["school_enrollment.school_number", "school_enrollment.grade_level", "contact.guardian_email"];

    [Fact]
    public async Task Status_counts_open_attention_items_with_their_ids_but_not_their_values()
    {
        await using var services = BuildServices();
        var store = services.GetRequiredService<IAttentionStore>();
        var items = AttentionFields.Select((field, i) => new AttentionItem(
            AttentionItem.IdOf("6006", "{}", field, AttentionKind.Flagged), "6006", "district-a", "batch-9", 77, field, AttentionKind.Flagged,
            "old.value@family.example", "new.value@family.example", "differs from the SIS value", "onUpdate: flag", Start.AddMinutes(i))).ToList();
        foreach (var item in items)
        {
            await store.AddAsync(item);
        }

        await store.ResolveAsync(items[1].Id, new AttentionResolution(Start.AddHours(1), "registrar", "done"));

        var status = await services.GetRequiredService<SyncStatusReader>().ReadAsync(["district-a"]);
        var json = JsonSerializer.Serialize(status, SyncStatusJsonContext.Default.SyncStatus);

        Assert.Equal(2, status.Attention.Open);
        Assert.Equal([items[0].Id, items[2].Id], status.Attention.OldestIds);
        Assert.DoesNotContain("value@family.example", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_options_out_of_range_fail_at_start_naming_the_setting()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection([new("Sync:Status:RunsPerDeliveryTarget", "0")]).Build())
            .AddSyncEngine()
            .BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SyncStatusOptions>>().Value);
        Assert.Contains(nameof(SyncStatusOptions.RunsPerDeliveryTarget), error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Sync:Status:RunsPerDeliveryTarget", "3"), new("Sync:Status:OldestRejections", "2")])
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<IBatchLedger>(new TableBatchLedger(Table("ledger")))
            .AddSingleton<IRejectionStore>(new TableRejectionStore(Table("rejections")))
            .AddSingleton<IDeadLetterStore>(new TableDeadLetterStore(Table("deadletters")))
            .AddSingleton<IAttentionStore>(new TableAttentionStore(Table("attention")))
            .AddSingleton<ICheckpointStore>(new TableCheckpointStore(Table("state")))
            .AddSingleton<IQueueMonitor>(new StorageQueueMonitor(new StorageQueues(new QueueServiceClient(azurite.ConnectionString))))
            .AddSingleton(Events)
            .AddSingleton<IWorkQueue>(new StorageWorkQueue(new StorageQueues(new QueueServiceClient(azurite.ConnectionString))))
            .AddSingleton<IPoisonQueues>(new StoragePoisonQueues(new StorageQueues(new QueueServiceClient(azurite.ConnectionString))))
            .AddSyncEngine()
            .BuildServiceProvider();
    }

    private TableClient Table(string prefix) => new(azurite.ConnectionString, AzuriteFixture.UniqueName(prefix));

    private static int Backlog(SyncStatus status, string queue) => status.Queues.Single(q => q.Queue == queue).Backlog;

    private static int Poisoned(SyncStatus status, string queue) => status.Queues.Single(q => q.Queue == queue).Poisoned;
}
