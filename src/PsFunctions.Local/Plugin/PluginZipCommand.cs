using PsFunctions.Sync.Plugin;

namespace PsFunctions.Local.Plugin;

/// <summary><c>plugin --output FILE</c>: writes the plugin zip PowerSchool installs (plugin.xml and the named queries).</summary>
internal static class PluginZipCommand
{
    public static async Task WriteAsync(string path, PluginPublisher publisher, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        using var buffer = new MemoryStream();
        PluginPackage.Write(buffer, PluginXmlCommand.Render(publisher), PluginQueries.Definitions);
        buffer.Position = 0;
        await buffer.CopyToAsync(file, cancellationToken);
    }
}
