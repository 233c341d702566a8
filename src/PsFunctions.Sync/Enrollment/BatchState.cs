namespace PsFunctions.Sync.Enrollment;

/// <summary>Where a batch is in intake; a batch not <see cref="Enqueued"/> is recovered by the next run.</summary>
public enum BatchState
{
    /// <summary>Stored in the batch archive and recorded; work messages not (all) sent yet.</summary>
    Stored = 0,

    /// <summary>Every work message for the batch is in the queue.</summary>
    Enqueued = 1,
}
