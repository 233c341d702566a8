namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>
/// Where the engine "crashes": decorators around the real adapters call <see cref="Reach"/> with a step
/// name before (or, for names ending in <c>:done</c>, after) the real call; the armed step throws
/// <see cref="SimulatedCrashException"/> once. Unarmed, every step passes.
/// </summary>
public sealed class CrashPlan
{
    private readonly Lock _gate = new();
    private string? _armed;
    private int _remaining;

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
