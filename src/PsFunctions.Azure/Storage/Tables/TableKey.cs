using System.Globalization;
using System.Text;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// Turns any id into a valid PartitionKey / RowKey and back. The service refuses <c>/ \ # ?</c> and control
/// characters in keys, and <c>%</c> breaks point operations on some endpoints, so those (and the escape
/// character <c>~</c> itself) become <c>~XX</c> (two hex digits); everything else is kept, so keys still sort
/// like the ids. Keys are at most 1 KiB (512 UTF-16 characters).
/// </summary>
public static class TableKey
{
    public const int MaxLength = 512;

    private const char EscapeChar = '~';

    public static string Escape(string value, string? fieldName = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                builder.Append(EscapeChar).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length > MaxLength)
        {
            throw new ArgumentException(
                $"{fieldName ?? "The id"} is too long for a table key ({builder.Length} characters once escaped, at most {MaxLength}).",
                fieldName ?? nameof(value));
        }

        return builder.ToString();
    }

    public static string Unescape(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.Contains(EscapeChar, StringComparison.Ordinal))
        {
            return key;
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == EscapeChar && i + 2 < key.Length)
            {
                builder.Append((char)int.Parse(key.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                builder.Append(key[i]);
            }
        }

        return builder.ToString();
    }

    // Control characters U+0000–U+001F and U+007F–U+009F all fit in two hex digits.
    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' or EscapeChar || char.IsControl(c);
}
