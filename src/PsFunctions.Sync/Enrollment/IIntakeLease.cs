namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// A held intake lock (dispose it to release). <see cref="Lost"/> is cancelled when the lock is no longer held
/// (its renewal was refused or it ran out): another run may take batches now, so the holder must stop writing.
/// </summary>
public interface IIntakeLease : IAsyncDisposable
{
    CancellationToken Lost { get; }
}
