using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Plugin;

namespace PsFunctions.Local.Plugin;

/// <summary>
/// <c>plugin-xml</c>: prints the plugin.xml a district installs in PowerSchool (System &gt; System Settings &gt;
/// Plugin Management) so the API grants what this deployment reads and writes: the default mapping's fields
/// (FullAccess) and what matching, the school lookup and the change feed read (ViewOnly). <c>plugin</c> packs the same
/// XML into the zip (<see cref="PluginZipCommand"/>).
/// </summary>
internal static class PluginXmlCommand
{
    public static string Render(PluginPublisher publisher)
    {
        var tracked = new SisChangeFeedOptions().GetTrackedFields();
        var fields = PluginAccessRequest.For([StudentMappingLoader.DefaultMapping], tracked);
        var version = typeof(PluginXmlCommand).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        return PluginManifest.ToXml(fields, version, publisher);
    }
}
