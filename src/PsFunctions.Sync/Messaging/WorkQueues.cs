namespace PsFunctions.Sync.Messaging;

/// <summary>The names of the work queues; a failed message ends in <c>&lt;name&gt;-poison</c>.</summary>
public static class WorkQueues
{
    public const string StudentUpserts = "student-upserts";
    public const string DocumentMirror = "document-mirror";
    public const string WebhookCommands = "webhook-commands";

    /// <summary>The poison queue the Functions host (and the local runner) moves failed messages to.</summary>
    public static string PoisonOf(string queueName) => $"{queueName}-poison";
}
