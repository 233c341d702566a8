namespace PowerSchool.Simulator.Sis.Http;

/// <summary>
/// How the simulator reads a backslash in a <c>q</c> (<c>Simulator:Sis:FiqlEscapes</c>). PowerSchool's own rule is
/// unverified (docs/simulator.md), so a client can be tested against the reading it hopes for and the worst one.
/// </summary>
public enum FiqlEscapes
{
    /// <summary><c>\x</c> makes <c>x</c> literal: an escaped <c>;</c> stays in the value, an escaped <c>*</c> is a star, not a wildcard.</summary>
    Honoured = 0,

    /// <summary>
    /// The backslashes are dropped and the rest is read as if the client had escaped nothing: every <c>;</c> starts a
    /// clause and a trailing <c>*</c> is a wildcard.
    /// </summary>
    Stripped = 1,
}
