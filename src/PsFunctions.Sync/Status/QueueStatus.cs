namespace PsFunctions.Sync.Status;

/// <summary>Messages waiting in a work queue and in its poison queue (approximate counts).</summary>
public sealed record QueueStatus(string Queue, int Backlog, string PoisonQueue, int Poisoned);
