using PowerSchool.Simulator.Enrollment.Generation;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Enrollment.State;

/// <summary>
/// The one lock around the simulated Enrollment data. The data is generated on first use (so the SIS
/// district it reads is complete by then) and again after <c>POST /_sim/reset</c>.
/// </summary>
public sealed class EnrollmentStore(EnrollmentSeeder seeder) : IResettable
{
    private readonly Lock _gate = new();
    private EnrollmentState? _state;

    /// <summary>Runs <paramref name="action"/> with exclusive access to the state; keep it short and free of I/O.</summary>
    public T Use<T>(Func<EnrollmentState, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate)
        {
            _state ??= seeder.Seed();
            return action(_state);
        }
    }

    /// <summary>Drops the current data; the next request regenerates it from the seed.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _state = null;
        }
    }
}
