namespace PowerSchool.Client;

/// <summary>
/// PowerSchool answered 403: the plugin lacks access to fields. <see cref="PluginXml"/> holds the
/// ready-to-paste <c>&lt;field table=".." field=".." access="ViewOnly" /&gt;</c> lines.
/// </summary>
public sealed class PowerSchoolAccessDeniedException : PowerSchoolException
{
    public PowerSchoolAccessDeniedException()
        : this("PowerSchool denied access.", [])
    {
    }

    public PowerSchoolAccessDeniedException(string message)
        : this(message, [])
    {
    }

    public PowerSchoolAccessDeniedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public PowerSchoolAccessDeniedException(string message, IReadOnlyList<PowerSchoolFieldAccess> missingFields)
        : base(message)
    {
        MissingFields = missingFields;
    }

    /// <summary>The fields PowerSchool says the plugin may not read (empty when it did not say).</summary>
    public IReadOnlyList<PowerSchoolFieldAccess> MissingFields { get; } = [];

    /// <summary>One plugin XML line per missing field, newline-separated.</summary>
    public string PluginXml => string.Join('\n', MissingFields.Select(f => f.ToPluginXml()));
}
