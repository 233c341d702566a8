namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// The fields the plugin's access_request granted (<c>Simulator:Sis:PluginAccess</c>): entries such as
/// <c>students.dcid</c> or <c>students.*</c>, as a list or one comma-separated string. Not set means every field.
/// </summary>
public sealed class PluginAccess
{
    public const string Key = SisOptions.Section + ":PluginAccess";

    private readonly HashSet<string>? _granted;

    public PluginAccess(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Key);
        var entries = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        _granted = entries.Count == 0 ? null : entries.Select(e => e.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The fields among <paramref name="reads"/> the plugin was not granted, in the order given.</summary>
    public IReadOnlyList<QueryField> Missing(IEnumerable<QueryField> reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        return _granted is null
            ? []
            : reads.Where(f => !_granted.Contains($"{f.Table}.{f.Field}") && !_granted.Contains($"{f.Table}.*")).ToList();
    }
}
