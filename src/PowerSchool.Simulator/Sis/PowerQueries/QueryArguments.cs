namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// The validated arguments of a call, by name: number lists and text lists. An argument that was sent holds its values
/// without the empty strings (Oracle reads <c>''</c> as NULL, which an IN list never matches), so it can be empty.
/// </summary>
public sealed record QueryArguments(IReadOnlyDictionary<string, IReadOnlySet<long>> Numbers, IReadOnlyDictionary<string, IReadOnlySet<string>> Texts)
{
    public static QueryArguments None { get; } = new(new Dictionary<string, IReadOnlySet<long>>(), new Dictionary<string, IReadOnlySet<string>>());

    /// <summary>Whether an argument of that name was sent.</summary>
    public bool Has(string name) => Numbers.ContainsKey(name) || Texts.ContainsKey(name);

    /// <summary>The numbers sent for <paramref name="name"/>; empty when it was not sent.</summary>
    public IReadOnlySet<long> NumbersOf(string name) => Numbers.GetValueOrDefault(name) ?? new HashSet<long>();

    /// <summary>The texts sent for <paramref name="name"/>; empty when it was not sent.</summary>
    public IReadOnlySet<string> TextsOf(string name) => Texts.GetValueOrDefault(name) ?? new HashSet<string>(StringComparer.Ordinal);
}
