namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>The flow simulator as a PowerSchool 25.2+ plugin granted <c>accessLevelV1Api</c> READ only: reads pass, writes get 401.</summary>
public sealed class ReadOnlyPluginSimulatorFixture : FlowSimulatorFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [new("Simulator:District:Students", "10"), new("Simulator:Sis:V1ApiAccess", "Read")];
}
