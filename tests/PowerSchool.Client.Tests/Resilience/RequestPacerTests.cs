using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Sis;

namespace PowerSchool.Client.Tests.Resilience;

/// <summary>The pacer's turns on a clock the test moves: who waits, how long, and what an idle spell earns.</summary>
public sealed class RequestPacerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Without_an_interval_no_request_waits()
    {
        using var pacer = Pacer(0);

        var turns = Enumerable.Range(0, 10).Select(_ => pacer.WaitTurnAsync(CancellationToken.None)).ToList();

        Assert.All(turns, turn => Assert.True(turn.IsCompletedSuccessfully));
        Assert.Equal(TimeSpan.Zero, pacer.Spacing);
    }

    [Theory]
    [InlineData(50, 60)]
    [InlineData(250, 262.5)]
    [InlineData(2000, 2100)]
    public void The_spacing_is_the_interval_plus_a_margin_of_5_percent_and_at_least_10_ms(int intervalMs, double spacingMs)
    {
        using var pacer = Pacer(intervalMs);

        Assert.Equal(TimeSpan.FromMilliseconds(spacingMs), pacer.Spacing);
    }

    [Fact]
    public async Task Requests_of_a_burst_start_one_spacing_apart_in_arrival_order()
    {
        using var pacer = Pacer(250);
        var spacing = pacer.Spacing;

        var turns = Enumerable.Range(0, 3).Select(_ => pacer.WaitTurnAsync(CancellationToken.None).AsTask()).ToList();

        Assert.True(turns[0].IsCompletedSuccessfully);
        Assert.False(turns[1].IsCompleted);
        _clock.Advance(spacing - TimeSpan.FromTicks(1));
        Assert.False(turns[1].IsCompleted);
        _clock.Advance(TimeSpan.FromTicks(1));
        await turns[1];
        Assert.False(turns[2].IsCompleted);
        _clock.Advance(spacing);
        await turns[2];
    }

    [Fact]
    public async Task An_idle_spell_earns_no_burst_the_request_after_the_first_waits_a_full_spacing()
    {
        using var pacer = Pacer(100);
        await pacer.WaitTurnAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(10));

        var first = pacer.WaitTurnAsync(CancellationToken.None).AsTask();
        var second = pacer.WaitTurnAsync(CancellationToken.None).AsTask();

        Assert.True(first.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        _clock.Advance(pacer.Spacing);
        await second;
    }

    [Fact]
    public async Task A_cancelled_wait_takes_no_turn_the_next_request_goes_one_spacing_after_the_last_that_left()
    {
        using var pacer = Pacer(100);
        await pacer.WaitTurnAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var cancelled = pacer.WaitTurnAsync(cancel.Token).AsTask();
        var next = pacer.WaitTurnAsync(CancellationToken.None).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(next.IsCompleted);
        _clock.Advance(pacer.Spacing);
        await next;
    }

    private RequestPacer Pacer(int intervalMs) =>
        new(Options.Create(new SisClientOptions { MinRequestIntervalMs = intervalMs }), _clock, NullLogger<RequestPacer>.Instance);
}
