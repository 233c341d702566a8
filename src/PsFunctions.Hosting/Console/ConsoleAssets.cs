using System.Reflection;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// The console's page, script and style, embedded in this assembly at build time (<c>Console/Assets</c>, logical names
/// <c>console/&lt;file&gt;</c>): nothing is loaded from a CDN or from disk at run time.
/// </summary>
public static class ConsoleAssets
{
    private const string Prefix = "console/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    /// <summary>The embedded file <paramref name="name"/> (e.g. <c>app.js</c>) and its content type, or null when there is none.</summary>
    public static (Stream Content, string ContentType)? Open(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('/', StringComparison.Ordinal) || !ContentTypes.TryGetValue(Path.GetExtension(name), out var type))
        {
            return null;
        }

        var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream(Prefix + name);
        return stream is null ? null : (stream, type);
    }

    /// <summary>The names of every embedded console file.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(ConsoleAssets).Assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)).Select(name => name[Prefix.Length..])];
}
