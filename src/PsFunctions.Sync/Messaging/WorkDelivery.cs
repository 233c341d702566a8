namespace PsFunctions.Sync.Messaging;

/// <summary>Which delivery of a queue message this is: its dequeue count (1 on the first) and whether no other will follow.</summary>
public readonly record struct WorkDelivery(int DequeueCount, bool IsLast);
