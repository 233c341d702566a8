namespace PowerSchool.Simulator.Sis.Access;

/// <summary>
/// The fields the plugin's access_request granted (<c>Simulator:Sis:PluginAccess</c>): entries such as
/// <c>students.dcid</c> or <c>students.*</c>, as a list or one comma-separated string, in any case. Not set means every
/// field. PowerQueries and table resources check it; <c>/ws/v1</c> does not (PowerSchool's plugin reference: the
/// access request does not apply to the v1 endpoints).
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
        _granted = entries.Count == 0 ? null : entries.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The fields among <paramref name="reads"/> (table, column) the plugin was not granted, in the order given, each once.</summary>
    public IReadOnlyList<(string Table, string Field)> Missing(IEnumerable<(string Table, string Field)> reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        return _granted is null
            ? []
            : reads.Where(f => !_granted.Contains($"{f.Table}.{f.Field}") && !_granted.Contains($"{f.Table}.*"))
                .DistinctBy(f => ($"{f.Table}.{f.Field}").ToUpperInvariant()).ToList();
    }
}
