using System.Globalization;

namespace PsFunctions.Bench.Cli;

/// <summary>
/// The <c>--name value</c> options after the command. Every option has a default; a value that does not parse
/// or lies outside its range is an error naming the option and the rule.
/// </summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    public BenchArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new BenchUsageException($"'{args[i]}': options are written --name value.");
            }

            _values[args[i][2..]] = args[++i];
        }
    }

    public int Int(string name, int defaultValue, int min, int max)
    {
        var value = Long(name, defaultValue, min, max);
        return (int)value;
    }

    public long Long(string name, long defaultValue, long min, long max)
    {
        _read.Add(name);
        if (!_values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new BenchUsageException($"--{name} must be a whole number from {min} to {max} (got '{text}').");
    }

    public double Double(string name, double defaultValue, double min, double max)
    {
        _read.Add(name);
        if (!_values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new BenchUsageException($"--{name} must be a number from {min} to {max} (got '{text}').");
    }

    public string String(string name, string defaultValue)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name, defaultValue);
    }

    public IReadOnlyList<int> IntList(string name, IReadOnlyList<int> defaultValue, int min, int max)
    {
        _read.Add(name);
        if (!_values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var list = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                throw new BenchUsageException($"--{name} must be a comma-separated list of whole numbers from {min} to {max} (got '{text}').");
            }

            list.Add(value);
        }

        return list.Count > 0 ? list : throw new BenchUsageException($"--{name} must name at least one number.");
    }

    /// <summary>Throws when an option was given that the command never asked for (a typo would otherwise be ignored).</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(key => !_read.Contains(key)).ToList();
        if (unknown.Count > 0)
        {
            throw new BenchUsageException($"Unknown option(s) for this command: {string.Join(", ", unknown.Select(key => "--" + key))}.");
        }
    }
}
