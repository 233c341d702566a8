using Microsoft.Extensions.Logging;
using PowerSchool.Client;

namespace PsFunctions.Sync.Checkpoints;

/// <summary>
/// Records and clears a component's <see cref="PluginProblem"/> for work that runs often (every queue message): a success
/// reads the store only while this process may not know the component's state (at start, and after it recorded a
/// problem), so a healthy component costs no storage round trip per message. A problem another instance recorded is
/// cleared by that instance's next success, or by this one's after a restart.
/// </summary>
public sealed class PluginProblems(ICheckpointStore store, TimeProvider time, ILogger<PluginProblems> logger)
{
    private readonly HashSet<string> _knownClear = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fallbackShown = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Keeps the refusal as <paramref name="component"/>'s problem (the status shows its fix).</summary>
    public async Task RecordAsync(string component, PowerSchoolPluginConfigurationException error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            _knownClear.Remove(component);
            _fallbackShown.Remove(component);
        }

        PluginProblemLog.Recorded(logger, component, error.Operation, error.Fix);
        await PluginProblem.Of(component, error, time.GetUtcNow()).WriteAsync(store, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <paramref name="component"/> succeeded, but only by <paramref name="fallback"/> because the plugin refused a
    /// request (<paramref name="error"/>): the status shows the fix and the fallback. Written once while it stands in this
    /// process (the component logged the refusal), not per message.
    /// </summary>
    public async Task RecordFallbackAsync(
        string component, PowerSchoolPluginConfigurationException error, string fallback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            if (!_fallbackShown.Add(component))
            {
                return;
            }

            _knownClear.Remove(component);
        }

        await new PluginProblem(component, error.Operation, $"{error.Fix} ({fallback})", time.GetUtcNow()).WriteAsync(store, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><paramref name="component"/> succeeded: its problem, if one is recorded, is cleared.</summary>
    public async Task SucceededAsync(string component, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _fallbackShown.Remove(component);
            if (_knownClear.Contains(component))
            {
                return;
            }
        }

        if (await PluginProblem.ReadAsync(store, component, cancellationToken).ConfigureAwait(false) is not null)
        {
            await PluginProblem.ClearAsync(store, component, cancellationToken).ConfigureAwait(false);
            PluginProblemLog.Cleared(logger, component);
        }

        lock (_gate)
        {
            _knownClear.Add(component);
        }
    }
}
