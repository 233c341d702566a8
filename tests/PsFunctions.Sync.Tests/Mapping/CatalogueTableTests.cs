using System.Globalization;
using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Tests.Mapping;

/// <summary>docs/mapping.md lists the field catalogue as a table; it must say what the code says.</summary>
public sealed class CatalogueTableTests
{
    [Fact]
    public void The_catalogue_table_in_the_mapping_doc_lists_every_field_as_the_code_does()
    {
        var documented = TableRows().Select(Parse).ToList();

        Assert.Equal(SisStudentFields.All, documented);
    }

    private static IEnumerable<string[]> TableRows()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "mapping.md"));
        return lines
            .SkipWhile(line => line != "## SIS student fields catalogue")
            .SkipWhile(line => !line.StartsWith("| `", StringComparison.Ordinal))
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim().Trim('`')).ToArray());
    }

    private static SisStudentField Parse(string[] cells) => new(
        Path: cells[0],
        Column: cells[1],
        MaxLength: cells[2].Length == 0 ? null : int.Parse(cells[2], CultureInfo.InvariantCulture),
        Format: Enum.Parse<SisFieldFormat>(cells[3]),
        RequiredOnInsert: cells[4] == "yes",
        Updatable: cells[5] == "yes");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PsFunctions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PsFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
