using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// Loads the mapping of a delivery target: <c>&lt;Sync:MappingFolder&gt;/&lt;deliveryTargetId&gt;.json</c> when
/// that file exists, otherwise the default mapping shipped in this assembly. A file that is not valid throws
/// <see cref="MappingFileException"/>; it never falls back silently.
/// </summary>
public sealed partial class StudentMappingLoader(IOptions<MappingOptions> options, ILogger<StudentMappingLoader> logger)
{
    /// <summary>Name of the embedded default mapping (src/PsFunctions.Sync/Mapping/default-mapping.json).</summary>
    public const string DefaultMappingResource = "PsFunctions.Sync.Mapping.default-mapping.json";

    private static readonly Lazy<StudentMapping> Default = new(() => StudentMapping.Parse(ReadDefaultJson(), "default-mapping.json (embedded)"));

    /// <summary>The default mapping for the documented delivery-record shape.</summary>
    public static StudentMapping DefaultMapping => Default.Value;

    public async Task<StudentMapping> LoadAsync(string deliveryTargetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryTargetId);
        if (!TargetIdPattern().IsMatch(deliveryTargetId))
        {
            // The id becomes a file name: refuse anything that could leave the folder.
            throw new ArgumentException("A delivery target id has only letters, digits, '-' and '_'.", nameof(deliveryTargetId));
        }

        var folder = options.Value.MappingFolder;
        var path = string.IsNullOrWhiteSpace(folder) ? null : Path.Combine(folder, deliveryTargetId + ".json");
        if (path is null || !File.Exists(path))
        {
            Log.DefaultMappingUsed(logger, deliveryTargetId);
            return DefaultMapping;
        }

        var json = await File.ReadAllTextAsync(path, cancellationToken);
        var mapping = StudentMapping.Parse(json, path);
        Log.MappingLoaded(logger, deliveryTargetId, path, mapping.Rules.Count);
        return mapping;
    }

    /// <summary>The default mapping's JSON as shipped (for docs and for districts starting their own file).</summary>
    public static string ReadDefaultJson()
    {
        using var stream = typeof(StudentMappingLoader).Assembly.GetManifestResourceStream(DefaultMappingResource)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultMappingResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex TargetIdPattern();

    private static partial class Log
    {
        [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Delivery target {DeliveryTargetId} uses the default mapping")]
        public static partial void DefaultMappingUsed(ILogger logger, string deliveryTargetId);

        [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Delivery target {DeliveryTargetId} uses mapping file {Path} ({FieldCount} fields)")]
        public static partial void MappingLoaded(ILogger logger, string deliveryTargetId, string path, int fieldCount);
    }
}
