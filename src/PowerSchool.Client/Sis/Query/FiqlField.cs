using System.Globalization;
using System.Text;

namespace PowerSchool.Client.Sis.Query;

/// <summary>One field of a filter; its methods make comparisons. Values are escaped, so a value's own
/// <c>*</c>, <c>;</c>, <c>,</c> or <c>==</c> never becomes a wildcard, separator or operator.</summary>
public readonly record struct FiqlField
{
    // Characters FIQL (and RSQL, its common dialect) gives meaning to; a value's own copies are backslash-escaped.
    // How PowerSchool reads the escape is unverified (docs/client.md): only characters that never occur in a real
    // name or id are escaped, so a server that ignores escapes can miss only values no family types. Apostrophes,
    // hyphens, dots and spaces are everyday name letters and go as they are. Callers that match on a value must
    // still compare what comes back with what they asked for.
    private const string Reserved = "\\;,*()=!~<>\"";

    internal FiqlField(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
        {
            throw new ArgumentException(
                $"Field name '{name}' may contain only letters, digits, '_' and '.'.", nameof(name));
        }

        Name = name;
    }

    public string Name { get; }

    public FiqlFilter EqualTo(string value) => Compare("==", Escape(value));

    public FiqlFilter EqualTo(long value) => Compare("==", Format(value));

    public FiqlFilter EqualTo(DateOnly value) => Compare("==", Format(value));

    public FiqlFilter NotEqualTo(string value) => Compare("!=", Escape(value));

    public FiqlFilter NotEqualTo(long value) => Compare("!=", Format(value));

    public FiqlFilter GreaterThan(long value) => Compare("=gt=", Format(value));

    public FiqlFilter GreaterThan(DateOnly value) => Compare("=gt=", Format(value));

    public FiqlFilter GreaterThanOrEqual(long value) => Compare("=ge=", Format(value));

    public FiqlFilter GreaterThanOrEqual(DateOnly value) => Compare("=ge=", Format(value));

    public FiqlFilter LessThan(long value) => Compare("=lt=", Format(value));

    public FiqlFilter LessThan(DateOnly value) => Compare("=lt=", Format(value));

    public FiqlFilter LessThanOrEqual(long value) => Compare("=le=", Format(value));

    public FiqlFilter LessThanOrEqual(DateOnly value) => Compare("=le=", Format(value));

    /// <summary>Values that begin with <paramref name="prefix"/> (<c>field==prefix*</c>).</summary>
    public FiqlFilter StartsWith(string prefix) => Compare("==", Escape(prefix) + "*");

    /// <summary>Values that end with <paramref name="suffix"/> (<c>field==*suffix</c>).</summary>
    public FiqlFilter EndsWith(string suffix) => Compare("==", "*" + Escape(suffix));

    /// <summary>Values that contain <paramref name="part"/> (<c>field==*part*</c>).</summary>
    public FiqlFilter Contains(string part) => Compare("==", "*" + Escape(part) + "*");

    private FiqlFilter Compare(string op, string value)
    {
        if (Name is null)
        {
            throw new InvalidOperationException("Create fields with Fiql.Field(name).");
        }

        return new FiqlFilter($"{Name}{op}{value}");
    }

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            throw new ArgumentException("A comparison value may not be empty.", nameof(value));
        }

        if (value.Any(char.IsControl))
        {
            throw new ArgumentException("A comparison value may not contain control characters.", nameof(value));
        }

        var builder = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (Reserved.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
