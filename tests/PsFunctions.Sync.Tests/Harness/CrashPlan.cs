namespace PsFunctions.Sync.Tests.Harness;

/// <summary>
/// Where the engine "crashes": decorators around the real adapters call <see cref="Reach"/> with a step
/// name before (or, for names ending in <c>:done</c>, after) the real call; the armed step throws
/// <see cref="SimulatedCrashException"/> once. Unarmed, every step passes. A step can also be paused
/// (<see cref="PauseAt"/>): the first handling that reaches it waits there until the test resumes it.
/// </summary>
internal sealed class CrashPlan
{
    private readonly Lock _gate = new();
    private string? _armed;
    private int _remaining;
    private (string Step, TaskCompletionSource Reached, TaskCompletionSource Resume)? _pause;

    /// <summary>
    /// Holds the next handling that reaches <paramref name="step"/> (before the real call) until the returned
    /// resume action runs; the returned task completes once a handling waits there.
    /// </summary>
    public (Task Reached, Action Resume) PauseAt(string step)
    {
        var pause = (step, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            _pause = pause;
        }

        return (pause.Item2.Task, () => pause.Item3.TrySetResult());
    }

    /// <summary>Waits here when <paramref name="step"/> is the paused step (once), then carries on.</summary>
    public Task WaitIfPausedAsync(string step)
    {
        lock (_gate)
        {
            if (_pause is not { } pause || pause.Step != step)
            {
                return Task.CompletedTask;
            }

            _pause = null;
            pause.Reached.TrySetResult();
            return pause.Resume.Task;
        }
    }

    /// <summary>Crash the <paramref name="occurrence"/>-th time <paramref name="step"/> is reached.</summary>
    public void Arm(string step, int occurrence = 1)
    {
        lock (_gate)
        {
            _armed = step;
            _remaining = occurrence;
        }
    }

    /// <summary>True once the armed step has crashed (or nothing was armed).</summary>
    public bool Fired
    {
        get
        {
            lock (_gate)
            {
                return _armed is null;
            }
        }
    }

    public void Reach(string step)
    {
        lock (_gate)
        {
            if (_armed != step || --_remaining > 0)
            {
                return;
            }

            _armed = null;
        }

        throw new SimulatedCrashException($"Simulated crash at {step}");
    }
}
