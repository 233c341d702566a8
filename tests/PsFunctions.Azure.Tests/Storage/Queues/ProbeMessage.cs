using PsFunctions.Sync.Messaging;

namespace PsFunctions.Azure.Tests.Storage.Queues;

/// <summary>The work message of the processor tests' own queue: its text is its id.</summary>
internal sealed record ProbeMessage(string Id) : IWorkMessage<ProbeMessage>
{
    public const string Queue = "probe";

    public static string QueueName => Queue;

    public static string ToJson(ProbeMessage message) => message.Id;

    public static ProbeMessage Parse(string json) => new(json);

    public static IReadOnlyDictionary<string, string> IdsOf(ProbeMessage message) => new Dictionary<string, string> { ["id"] = message.Id };
}
