using System.Xml.Linq;

namespace PsFunctions.Sync.Plugin;

/// <summary>
/// The plugin.xml PowerSchool installs: name, version, description, publisher, OAuth with
/// <c>accessLevelV1Api="FULL"</c> (since 25.2 PowerSchool denies every <c>/ws/v1</c> call of a plugin without it, and the
/// <c>&lt;access_request&gt;</c> grants do not cover <c>/ws/v1</c>), and the access request for the database fields.
/// </summary>
public static class PluginManifest
{
    public static readonly XNamespace Namespace = "http://plugin.powerschool.pearson.com";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string ToXml(IReadOnlyList<PluginFieldAccess> fields, string version, PluginPublisher publisher)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(publisher);
        var plugin = new XElement(Namespace + "plugin",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", "http://plugin.powerschool.pearson.com plugin.xsd"),
            new XAttribute("name", "PsFunctions"),
            new XAttribute("version", version),
            new XAttribute("description", "PsFunctions: Enrollment submissions to SIS students, SIS change events"),
            new XElement(Namespace + "publisher", new XAttribute("name", publisher.Name),
                new XElement(Namespace + "contact", new XAttribute("email", publisher.ContactEmail ?? string.Empty))),
            new XElement(Namespace + "oauth", new XAttribute("accessLevelV1Api", "FULL")),
            new XElement(Namespace + "access_request", fields.Select(field => new XElement(Namespace + "field",
                new XAttribute("table", field.Table), new XAttribute("field", field.Field), new XAttribute("access", field.Access)))));
        return new XDeclaration("1.0", "UTF-8", null) + Environment.NewLine + plugin + Environment.NewLine;
    }
}
