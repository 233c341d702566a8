using System.Globalization;
using System.Text;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// One named transform of a mapping entry (<c>trim</c>, <c>upper</c>, <c>lower</c>, <c>date</c> or
/// <c>date:&lt;input format&gt;</c>, <c>grade</c>, <c>gender</c>, <c>phone</c>, <c>school</c>). See docs/mapping.md.
/// </summary>
internal sealed class FieldTransform
{
    /// <summary>Input formats <c>date</c> accepts without an argument: the US form families type, and ISO forms.</summary>
    internal static readonly string[] DefaultDateFormats =
        ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];

    public static IReadOnlyList<string> Names { get; } = ["trim", "upper", "lower", "date", "grade", "gender", "phone", "school"];

    private FieldTransform(string name, string? argument)
    {
        Name = name;
        Argument = argument;
    }

    public string Name { get; }

    public string? Argument { get; }

    /// <summary>Parses <paramref name="spec"/>; null with <paramref name="error"/> set when it names no transform.</summary>
    public static FieldTransform? TryCreate(string? spec, out string? error)
    {
        error = null;
        var text = spec?.Trim() ?? string.Empty;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        var argument = colon < 0 ? null : text[(colon + 1)..];
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            error = $"unknown transform '{text}' (known: {string.Join(", ", Names)})";
            return null;
        }

        if (argument is not null && (name != "date" || argument.Length == 0))
        {
            error = name == "date"
                ? "transform 'date:' needs an input format after the colon, e.g. date:dd.MM.yyyy"
                : $"transform '{name}' takes no argument";
            return null;
        }

        return new FieldTransform(name, argument);
    }

    public TransformResult Apply(string value, IReadOnlyDictionary<string, int> gradeLevels, IReadOnlyList<DistrictSchool> schools) =>
        Name switch
        {
            "trim" => TransformResult.Ok(CollapseWhitespace(value)),
            "upper" => TransformResult.Ok(value.ToUpperInvariant()),
            "lower" => TransformResult.Ok(value.ToLowerInvariant()),
            "date" => ToIsoDate(value),
            "grade" => ToGradeLevel(value, gradeLevels),
            "gender" => TransformResult.Ok(ToGender(value)),
            "phone" => ToPhone(value),
            "school" => SchoolLookup.Find(value, schools),
            _ => throw new InvalidOperationException($"Transform {Name} has no implementation."),
        };

    /// <summary>Trims the ends and turns each run of inner whitespace into one space.</summary>
    internal static string CollapseWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var part in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length == 0 ? string.Empty : " ").Append(part);
        }

        return builder.ToString();
    }

    private TransformResult ToIsoDate(string value)
    {
        var formats = Argument is null ? DefaultDateFormats : [Argument];
        var text = value.Trim();
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var date))
        {
            return TransformResult.Ok(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var expected = Argument ?? "MM/dd/yyyy or YYYY-MM-DD";
        return TransformResult.Fail($"is not a calendar date in {expected} form", $"transform date: input {expected}, output YYYY-MM-DD");
    }

    private static TransformResult ToGradeLevel(string value, IReadOnlyDictionary<string, int> gradeLevels)
    {
        var text = value.Trim();
        foreach (var (name, level) in gradeLevels)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return TransformResult.Ok(level.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return TransformResult.Ok(number.ToString(CultureInfo.InvariantCulture));
        }

        return TransformResult.Fail(
            "is neither a grade name of the mapping's gradeLevels table nor a whole number",
            $"transform grade: {string.Join(", ", gradeLevels.Select(pair => $"{pair.Key}={pair.Value}"))}, or a number");
    }

    private static string ToGender(string value) => value.Trim().ToUpperInvariant() switch
    {
        "M" or "MALE" => "M",
        "F" or "FEMALE" => "F",
        var other => other,
    };

    private static TransformResult ToPhone(string value)
    {
        var digits = new string([.. value.Where(char.IsAsciiDigit)]);
        if (digits.Length == 11 && digits[0] == '1')
        {
            digits = digits[1..];
        }

        var onlyPhoneCharacters = value.All(c => char.IsAsciiDigit(c) || " ()-.+".Contains(c, StringComparison.Ordinal));
        if (digits.Length != 10 || !onlyPhoneCharacters)
        {
            return TransformResult.Fail(
                $"is not a 10-digit North American phone number ({digits.Length} digits)",
                "transform phone: 10 digits (a leading 1 is dropped), written ###-###-####");
        }

        return TransformResult.Ok($"{digits[..3]}-{digits[3..6]}-{digits[6..]}");
    }
}
