namespace PsFunctions.Sync.Messaging;

/// <summary>
/// A message taken from a poison queue: its text, when the host put it there and when the queue would drop it, and the
/// receipt that deletes it (opaque to the engine).
/// </summary>
public sealed record PoisonMessage(string MessageId, string Receipt, string Text, DateTimeOffset? InsertedOn, DateTimeOffset? ExpiresOn);
