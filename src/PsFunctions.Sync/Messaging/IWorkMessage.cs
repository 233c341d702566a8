namespace PsFunctions.Sync.Messaging;

/// <summary>
/// A message one work queue carries: the queue's name and how the message's JSON text is written and read.
/// Implemented by each work message type, so sending and receiving never pair a queue with the wrong JSON.
/// </summary>
public interface IWorkMessage<TSelf>
    where TSelf : class, IWorkMessage<TSelf>
{
    /// <summary>The queue this message type travels on; failed messages end in its <see cref="WorkQueues.PoisonOf"/>.</summary>
    static abstract string QueueName { get; }

    /// <summary>The message as queue text (JSON).</summary>
    static abstract string ToJson(TSelf message);

    /// <summary>Reads queue text; throws <see cref="System.Text.Json.JsonException"/> when it is not this message type.</summary>
    static abstract TSelf Parse(string json);

    /// <summary>
    /// The ids the message names (delivery target, batch, submissions, command…; a list joined with commas), for its
    /// dead letter and the status: ids only, never student data.
    /// </summary>
    static abstract IReadOnlyDictionary<string, string> IdsOf(TSelf message);
}
