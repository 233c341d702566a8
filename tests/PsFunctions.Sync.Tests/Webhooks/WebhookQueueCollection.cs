using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>
/// The receiver always sends to the one webhook-commands queue, so the test classes that look into it run
/// one after another (each empties it first) on one Azurite.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebhookQueueCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "webhook-commands queue";
}
