namespace PowerSchool.Client;

/// <summary>
/// PowerSchool refused a call because of how the plugin is configured, not because of its credentials: a plugin
/// without the 25.2 <c>accessLevelV1Api</c> permission, or a data version application name the plugin has no
/// subscription for. <see cref="Fix"/> says what a district administrator changes; retrying does not help.
/// </summary>
public sealed class PowerSchoolPluginConfigurationException : PowerSchoolException
{
    /// <summary>The plugin.xml element PowerSchool 25.2+ requires before it answers <c>/ws/v1</c> (READ suffices for reads).</summary>
    public const string V1ApiAccessElement = "<oauth accessLevelV1Api=\"FULL\"/>";

    public PowerSchoolPluginConfigurationException()
    {
    }

    public PowerSchoolPluginConfigurationException(string message)
        : base(message)
    {
    }

    public PowerSchoolPluginConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A refusal of <paramref name="operation"/> whose message ends with <paramref name="fix"/>.</summary>
    public PowerSchoolPluginConfigurationException(string operation, string problem, string fix)
        : base($"{operation} was refused: {problem}. Fix: {fix}")
    {
        Operation = operation;
        Fix = fix;
    }

    /// <summary>What to change in the plugin (or in our settings) so the call is accepted.</summary>
    public string Fix { get; } = string.Empty;

    /// <summary>The refusal PowerSchool 25.2+ answers (401) to a plugin that lacks <c>accessLevelV1Api</c> <paramref name="level"/>.</summary>
    public static PowerSchoolPluginConfigurationException MissingV1ApiAccess(string operation, string level) => new(
        operation,
        $"the plugin is missing the accessLevelV1Api {level} permission that PowerSchool 25.2 and later require for /ws/v1 (the credentials are fine)",
        $"add {V1ApiAccessElement} inside <plugin> in plugin.xml (the file 'plugin-xml' writes has it), install the new plugin zip, then disable and enable the plugin");

    /// <summary>A data version asked for under an application name the plugin has no subscription for.</summary>
    public static PowerSchoolPluginConfigurationException UnknownDataVersionApplication(string operation, string applicationName) => new(
        operation,
        $"the plugin has no data version subscription named '{applicationName}'",
        $"declare a data version subscription named '{applicationName}' for the students table in the plugin, or set Sync:ChangeFeed:ApplicationName to the name of one it has");
}
