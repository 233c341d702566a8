using PsFunctions.Hosting.Setup;
using PsFunctions.Sync.Operators;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// What the console shows a person: the overview (the <c>/api/status</c> answer, <see cref="StatusReport"/>), the
/// rejections awaiting one, and the latest actions taken from the console.
/// </summary>
public sealed class ConsoleWorkList(StatusReport status, IRejectionStore rejections, IOperatorActionLog actions)
{
    /// <summary>How many of the latest actions the page shows.</summary>
    public const int RecentActions = 50;

    /// <summary>The overview: setup and, once configured, the sync status, as <c>/api/status</c> answers.</summary>
    public Task<string> ReadOverviewJsonAsync(CancellationToken cancellationToken) => status.ReadJsonAsync(cancellationToken);

    /// <summary>Rejections awaiting a person, oldest first.</summary>
    public async Task<IReadOnlyList<ConsoleRejection>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ConsoleRejection>();
        await foreach (var rejection in rejections.ListAwaitingAsync(cancellationToken))
        {
            list.Add(ConsoleRejection.From(rejection));
        }

        return list;
    }

    /// <summary>The latest actions, newest first.</summary>
    public async Task<IReadOnlyList<OperatorAction>> ListActionsAsync(CancellationToken cancellationToken)
    {
        var list = new List<OperatorAction>();
        await foreach (var action in actions.ListRecentAsync(RecentActions, cancellationToken))
        {
            list.Add(action);
        }

        return list;
    }
}
