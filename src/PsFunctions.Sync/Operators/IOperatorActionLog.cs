namespace PsFunctions.Sync.Operators;

/// <summary>Every action taken from the operations console, kept for the record (Table storage in Azure: <c>consoleactions</c>).</summary>
public interface IOperatorActionLog
{
    Task RecordAsync(OperatorAction action, CancellationToken cancellationToken = default);

    /// <summary>The latest <paramref name="count"/> actions, newest first.</summary>
    IAsyncEnumerable<OperatorAction> ListRecentAsync(int count, CancellationToken cancellationToken = default);
}
