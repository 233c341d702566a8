namespace PowerSchool.Client;

/// <summary>A table field a plugin needs access to, as PowerSchool names it in a 403 answer.</summary>
public sealed record PowerSchoolFieldAccess(string Table, string Field, string Access = "ViewOnly")
{
    /// <summary>The line to paste into the plugin's <c>plugin.xml</c> access request.</summary>
    public string ToPluginXml() =>
        $"<field table=\"{Escape(Table)}\" field=\"{Escape(Field)}\" access=\"{Escape(Access)}\" />";

    private static string Escape(string value) => System.Security.SecurityElement.Escape(value) ?? string.Empty;
}
