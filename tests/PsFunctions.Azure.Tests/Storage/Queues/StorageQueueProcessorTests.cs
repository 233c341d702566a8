using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Queues;

/// <summary>The queue loop of the hosts that have no queue trigger, against Azurite: what the Functions trigger does.</summary>
public sealed class StorageQueueProcessorTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const int LeaseRenewed = 6305;

    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Sync:Queues:MaxDequeueCount"] = "3",
        ["Sync:Queues:RetryDelay"] = "00:00:00",
    };

    [Fact]
    public async Task Messages_whose_handler_succeeds_are_handled_once_each_and_deleted()
    {
        await using var probe = new ProbeQueue(azurite, Defaults);
        await probe.SendAsync("a", "b", "c");

        var counts = await probe.DrainAsync(QueueDrain.Visible);

        Assert.Equal((3, 0, 0, 0), (counts.Done, counts.Retried, counts.Poisoned, counts.LeaseLost));
        Assert.Equal(["a", "b", "c"], probe.Script.Deliveries.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(probe.Script.Deliveries, d => Assert.Equal(new(1, false), d.Delivery));
        Assert.Equal(0, await ProbeQueue.CountAsync(probe.Queue));
    }

    [Fact]
    public async Task A_failed_message_stays_invisible_for_the_retry_delay_then_comes_back_as_its_next_delivery()
    {
        var retryDelay = TimeSpan.FromSeconds(2);
        await using var probe = new ProbeQueue(azurite, new(Defaults) { ["Sync:Queues:RetryDelay"] = "00:00:02", ["QueueProcessor:IdlePollInterval"] = "00:00:00.100" });
        var failedAt = new List<long>();
        probe.Script.Handle = (_, delivery, _) =>
        {
            failedAt.Add(TimeProvider.System.GetTimestamp());
            return delivery.DequeueCount == 1 ? throw new InvalidOperationException("first delivery fails") : Task.CompletedTask;
        };
        await probe.SendAsync("m");

        var counts = await probe.DrainAsync(QueueDrain.UntilQueueEmpty());

        Assert.Equal((1, 1, 0), (counts.Done, counts.Retried, counts.Poisoned));
        Assert.IsType<InvalidOperationException>(Assert.Single(counts.Failures));
        Assert.Equal([1, 2], probe.Script.Deliveries.Select(d => d.Delivery.DequeueCount));
        // The service keeps visibility times to the second, so the message may come back up to a second early.
        Assert.True(TimeProvider.System.GetElapsedTime(failedAt[0], failedAt[1]) >= retryDelay - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await ProbeQueue.CountAsync(probe.Queue));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_poisoned_after_the_last_delivery_with_the_last_delivery_hook_run_once()
    {
        await using var probe = new ProbeQueue(azurite, Defaults);
        probe.Script.Handle = (_, _, _) => throw new TimeoutException("always fails");
        await probe.SendAsync("doomed");

        var counts = await probe.DrainAsync(QueueDrain.Visible);

        Assert.Equal((0, 2, 1), (counts.Done, counts.Retried, counts.Poisoned));
        Assert.Equal(3, counts.Failures.Count);
        Assert.Equal([1, 2, 3], probe.Script.Deliveries.Select(d => d.Delivery.DequeueCount));
        var hook = Assert.Single(probe.Script.LastDeliveryHooks);
        Assert.Equal("doomed", hook.Id);
        Assert.Equal(3, hook.Failure.Attempts);
        Assert.IsType<TimeoutException>(hook.Failure.LastError);
        Assert.Equal(0, await ProbeQueue.CountAsync(probe.Queue));
        var poisoned = Assert.Single((await probe.Poison.ReceiveMessagesAsync(32)).Value);
        Assert.Equal("doomed", poisoned.Body.ToString());
    }

    [Fact]
    public async Task A_message_delivered_more_often_than_allowed_goes_to_poison_without_being_handled()
    {
        await using var probe = new ProbeQueue(azurite, new(Defaults) { ["Sync:Queues:MaxDequeueCount"] = "2" });
        await probe.SendAsync("orphan");
        // Two deliveries whose receiver died before settling.
        for (var i = 0; i < 2; i++)
        {
            var taken = (await probe.Queue.ReceiveMessageAsync()).Value;
            await probe.Queue.UpdateMessageAsync(taken.MessageId, taken.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        }

        var counts = await probe.DrainAsync(QueueDrain.Visible);

        Assert.Equal((0, 1), (counts.Done, counts.Poisoned));
        Assert.Empty(probe.Script.Deliveries);
        Assert.Empty(probe.Script.LastDeliveryHooks);
        Assert.Equal(1, await ProbeQueue.CountAsync(probe.Poison));
    }

    [Fact]
    public async Task A_handler_slower_than_the_lease_keeps_its_message_and_it_is_not_delivered_twice()
    {
        // A 3 s lease is renewed every second; four renewals mean the first lease ran out long ago.
        var renewals = new LogSignal(LeaseRenewed, count: 4);
        await using var probe = new ProbeQueue(
            azurite,
            new(Defaults) { ["QueueProcessor:LeaseDuration"] = "00:00:03", ["QueueProcessor:IdlePollInterval"] = "00:00:00.100", ["Sync:Queues:BatchSize"] = "1" },
            renewals);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        probe.Script.Handle = (_, _, _) => release.Task;
        await probe.SendAsync("slow");

        // A second receiver keeps looking the whole time.
        var draining = probe.DrainAsync(QueueDrain.UntilQueueEmpty(receivers: 2));
        await renewals.Reached.WaitAsync(TimeSpan.FromMinutes(2));
        var stolen = (await probe.Queue.ReceiveMessageAsync()).Value;
        release.SetResult();
        var counts = await draining;

        Assert.Null(stolen);
        Assert.Single(probe.Script.Deliveries);
        Assert.Equal((1, 0), (counts.Done, counts.LeaseLost));
        Assert.Equal(0, await ProbeQueue.CountAsync(probe.Queue));
    }

    [Fact]
    public async Task A_message_settled_by_someone_else_meanwhile_counts_as_a_lost_lease_and_does_not_throw()
    {
        await using var probe = new ProbeQueue(azurite, Defaults);
        probe.Script.Handle = async (_, _, cancellationToken) => await probe.Queue.ClearMessagesAsync(cancellationToken);
        await probe.SendAsync("taken");

        var counts = await probe.DrainAsync(QueueDrain.Visible);

        Assert.Equal((0, 1), (counts.Done, counts.LeaseLost));
    }

    [Fact]
    public async Task Cancelling_stops_the_drain_and_leaves_the_message_visible_for_the_next_receiver()
    {
        await using var probe = new ProbeQueue(azurite, new(Defaults) { ["QueueProcessor:LeaseDuration"] = "00:10:00" });
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        probe.Script.Handle = async (_, _, cancellationToken) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        };
        await probe.SendAsync("interrupted");
        using var stop = new CancellationTokenSource();

        var draining = probe.DrainAsync(QueueDrain.UntilQueueEmpty(), stop.Token);
        await started.Task;
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => draining);
        var next = (await probe.Queue.ReceiveMessageAsync()).Value;
        Assert.NotNull(next);
        Assert.Equal(("interrupted", 2), (next.Body.ToString(), next.DequeueCount));
        Assert.Empty(probe.Script.LastDeliveryHooks);
        Assert.Equal(0, await ProbeQueue.CountAsync(probe.Poison));
    }

    [Fact]
    public async Task An_exception_the_drain_stops_on_reaches_the_caller_and_its_message_is_visible_again_at_once()
    {
        await using var probe = new ProbeQueue(azurite, new(Defaults) { ["QueueProcessor:LeaseDuration"] = "00:10:00" });
        probe.Script.Handle = (_, _, _) => throw new CrashedException();
        await probe.SendAsync("crashed", "next");

        await Assert.ThrowsAsync<CrashedException>(() => probe.DrainAsync(QueueDrain.Visible with { StopOn = ex => ex is CrashedException }));

        var visible = (await probe.Queue.ReceiveMessagesAsync(32)).Value;
        Assert.Equal(["crashed", "next"], visible.Select(m => m.Body.ToString()).Order(StringComparer.Ordinal));
        Assert.Empty(probe.Script.LastDeliveryHooks);
        Assert.Equal(0, await ProbeQueue.CountAsync(probe.Poison));
    }

    private sealed class CrashedException : Exception
    {
        public CrashedException()
            : base("crash point")
        {
        }

        public CrashedException(string message)
            : base(message)
        {
        }

        public CrashedException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
