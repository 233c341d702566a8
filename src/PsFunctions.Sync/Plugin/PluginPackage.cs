using System.IO.Compression;
using System.Text;

namespace PsFunctions.Sync.Plugin;

/// <summary>
/// The plugin zip in the layout PowerSchool's Plugin Management installs: plugin.xml at the root (no top folder) and
/// each named query in <c>queries_root/</c>. No pages, so no <c>web_root/</c> and no <c>permissions_root/</c>.
/// </summary>
public static class PluginPackage
{
    public const string ManifestEntry = "plugin.xml";
    public const string QueriesFolder = "queries_root/";

    public static void Write(Stream destination, string manifestXml, IEnumerable<PluginNamedQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentException.ThrowIfNullOrWhiteSpace(manifestXml);
        ArgumentNullException.ThrowIfNull(queries);
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, ManifestEntry, manifestXml);
        foreach (var query in queries)
        {
            if (PluginNamedQuery.IsShippedByPowerSchool(query.Name))
            {
                throw new ArgumentException($"Named query {query.Name} ships with PowerSchool; a plugin must not define it.", nameof(queries));
            }

            Add(zip, $"{QueriesFolder}{query.Name}.named_queries.xml", query.Definition);
        }
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }
}
