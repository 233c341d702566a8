namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>
/// A flow simulator that reads FIQL as a PowerSchool ignoring the client's escapes would (<c>Simulator:Sis:FiqlEscapes</c>
/// <c>Stripped</c>): backslashes are dropped, every <c>;</c> starts a clause and a trailing <c>*</c> is a wildcard.
/// </summary>
public sealed class StrippedEscapesSimulatorFixture : FlowSimulatorFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("Simulator:Sis:FiqlEscapes", "Stripped")];
}
