namespace PsFunctions.Sync.Outcomes;

/// <summary>Where a <see cref="DeadLetter"/> stands.</summary>
public enum DeadLetterState
{
    /// <summary>Waiting for a person: fix what failed it, then <c>ops requeue-poison &lt;queue&gt;</c>.</summary>
    Open = 0,

    /// <summary>Sent back to its queue (<see cref="DeadLetter.RequeuedAt"/>); it opens again if the message fails again.</summary>
    Requeued = 1,
}
