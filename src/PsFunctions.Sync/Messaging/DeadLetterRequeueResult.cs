namespace PsFunctions.Sync.Messaging;

/// <summary>What a requeue did: messages moved from the poison queue into the store first, and dead letters sent back.</summary>
public sealed record DeadLetterRequeueResult(int MovedFromPoison, int Requeued);
