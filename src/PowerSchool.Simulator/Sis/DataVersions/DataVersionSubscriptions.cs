using Microsoft.Extensions.Options;

namespace PowerSchool.Simulator.Sis.DataVersions;

/// <summary>
/// The plugin's data version subscriptions (<c>Simulator:Sis:DataVersionApplications</c>): a data version is asked
/// for under an application name, which must be one of them. Each covers every versioned table (students and the
/// extension tables).
/// </summary>
public sealed class DataVersionSubscriptions(IOptions<SisOptions> options)
{
    private readonly HashSet<string> _names = options.Value.DataVersionApplications
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Exists(string application) => _names.Contains("*") || _names.Contains(application);

    /// <summary>The refusal's text, naming the application and the subscriptions there are.</summary>
    public string Unknown(string application) =>
        $"No data version subscription named {application} exists for this plugin (subscriptions: {string.Join(", ", _names)}).";
}
