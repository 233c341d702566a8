namespace PsFunctions.Sync.Enrollment;

/// <summary>Where a batch is in intake; a <see cref="Stored"/> batch is recovered by the next run.</summary>
public enum BatchState
{
    /// <summary>Stored in the batch archive and recorded; work messages not (all) sent yet.</summary>
    Stored = 0,

    /// <summary>Every work message for the batch is in the queue.</summary>
    Enqueued = 1,

    /// <summary>Recorded as stored, but its blob is gone from the batch archive: reported (status, log 4151), never recovered.</summary>
    ArchiveMissing = 2,
}
