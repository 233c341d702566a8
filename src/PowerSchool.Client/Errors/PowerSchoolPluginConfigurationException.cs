namespace PowerSchool.Client;

/// <summary>
/// PowerSchool refused a call because of how the plugin is configured, not because of its credentials: a plugin
/// without the 25.2 <c>accessLevelV1Api</c> permission, a named query it does not ship or may not read, or a data version application name the plugin has no
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

    /// <summary>A refusal of <paramref name="operation"/> whose message ends with <paramref name="fix"/>, caused by <paramref name="innerException"/>.</summary>
    public PowerSchoolPluginConfigurationException(string operation, string problem, string fix, Exception? innerException)
        : base($"{operation} was refused: {problem}. Fix: {fix}", innerException)
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

    /// <summary>A named query the plugin does not ship (PowerSchool answers 404 for a name it does not know).</summary>
    public static PowerSchoolPluginConfigurationException NamedQueryMissing(string operation, string queryName, Exception? innerException = null) => new(
        operation,
        $"the plugin does not ship the named query '{queryName}'",
        "install the plugin zip that 'plugin --output FILE' writes (its queries_root/ holds the query), then disable and enable the plugin",
        innerException);

    /// <summary>A named query the plugin ships but whose columns it was not granted (403 NoAccess).</summary>
    public static PowerSchoolPluginConfigurationException NamedQueryAccessMissing(string operation, string queryName, PowerSchoolAccessDeniedException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var fields = error.MissingFields.Count == 0 ? "a column PowerSchool did not name" : string.Join(", ", error.MissingFields.Select(f => $"{f.Table}.{f.Field}"));
        return new(
            operation,
            $"the plugin may not read {fields}, which the named query '{queryName}' reads",
            "install the plugin zip that 'plugin --output FILE' writes (its access request grants every column the queries read), then disable and enable the plugin",
            error);
    }
}
