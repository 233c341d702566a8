namespace PsFunctions.Sync.Status;

/// <summary>
/// A work queue: messages waiting in it and in its poison queue (approximate counts; the poison sweep empties the
/// poison queue into the dead-letter store), and its open dead letters.
/// </summary>
public sealed record QueueStatus(string Queue, int Backlog, string PoisonQueue, int Poisoned, int DeadLetters);
