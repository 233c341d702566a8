namespace PowerSchool.Simulator.Sis;

/// <summary>The values of plugin.xml's <c>&lt;oauth accessLevelV1Api="…"/&gt;</c> (PowerSchool 25.2+; not present means None).</summary>
public enum V1ApiAccess
{
    None,
    Read,
    Full,
}
