using System.Text.Json;
using System.Text.RegularExpressions;

namespace PsFunctions.Sync.Batches;

/// <summary>
/// A path into a delivery record: dot-separated property names, each optionally followed by array indexes
/// (<c>data.student.firstName</c>, <c>data.guardians[0].email</c>). A leading <c>$.</c> is allowed.
/// Property names match exactly first, then ignoring case (delivery targets differ in casing: studentID/studentId).
/// </summary>
internal sealed partial class SourcePath
{
    private readonly (string Name, int[] Indexes)[] _segments;

    private SourcePath(string text, (string Name, int[] Indexes)[] segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    public static SourcePath? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var body = text.StartsWith("$.", StringComparison.Ordinal) ? text[2..] : text;
        if (!PathPattern().IsMatch(body))
        {
            return null;
        }

        var segments = body.Split('.').Select(ParseSegment).ToArray();
        return new SourcePath(text, segments);
    }

    /// <summary>The element at this path, or null when any step is missing or the value is JSON null.</summary>
    public JsonElement? Find(JsonElement root)
    {
        var current = root;
        foreach (var (name, indexes) in _segments)
        {
            if (current.ValueKind != JsonValueKind.Object || !TryGetProperty(current, name, out current))
            {
                return null;
            }

            foreach (var index in indexes)
            {
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    public override string ToString() => Text;

    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    private static (string Name, int[] Indexes) ParseSegment(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return (segment, []);
        }

        var indexes = segment[bracket..]
            .Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries)
            .Select(index => int.Parse(index, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        return (segment[..bracket], indexes);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_\-]*(\[[0-9]{1,4}\])*(\.[A-Za-z_][A-Za-z0-9_\-]*(\[[0-9]{1,4}\])*)*$")]
    private static partial Regex PathPattern();
}
