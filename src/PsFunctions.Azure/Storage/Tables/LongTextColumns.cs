using Azure.Data.Tables;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// A text longer than one string column holds (32 K characters) kept over columns <c>Name</c>, <c>Name1</c>, … with
/// their count in <c>NameColumns</c>; at most 15 columns of 30,000 characters, well inside an entity's 1 MiB.
/// </summary>
internal static class LongTextColumns
{
    private const int CharactersPerColumn = 30_000;
    private const int MaxColumns = 15;

    /// <summary>The most characters <see cref="Write"/> takes.</summary>
    public const int MaxLength = CharactersPerColumn * MaxColumns;

    /// <exception cref="ArgumentException">The text is longer than <see cref="MaxLength"/>.</exception>
    public static void Write(TableEntity entity, string name, string text, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(text);
        var columns = Math.Max((text.Length + CharactersPerColumn - 1) / CharactersPerColumn, 1);
        if (columns > MaxColumns)
        {
            throw new ArgumentException($"{fieldName} is {text.Length} characters; a row holds at most {MaxLength}.", fieldName);
        }

        entity[$"{name}Columns"] = columns;
        for (var i = 0; i < columns; i++)
        {
            var start = i * CharactersPerColumn;
            entity[Column(name, i)] = text.Substring(start, Math.Min(CharactersPerColumn, text.Length - start));
        }
    }

    public static string Read(TableEntity entity, string name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var columns = entity.GetInt32($"{name}Columns") ?? 1;
        return string.Concat(Enumerable.Range(0, columns).Select(i => entity.GetString(Column(name, i))));
    }

    private static string Column(string name, int index) => index == 0 ? name : $"{name}{index}";
}
