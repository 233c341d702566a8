using System.Text.RegularExpressions;

namespace PsFunctions.Sync.Tests.Architecture;

/// <summary>
/// docs/architecture.md stays true: its table of capability edges is the list <see cref="NamespaceRuleTests"/>
/// enforces, and every type, member or folder it names in code style exists under <c>src/</c> or <c>tests/</c>.
/// </summary>
public sealed partial class ArchitectureDocTests
{
    private static readonly DirectoryInfo Root = FindRoot();

    private static readonly string[] SourceFolders = ["src", "tests"];

    private static readonly string Doc = File.ReadAllText(Path.Combine(Root.FullName, "docs", "architecture.md"));

    [Fact]
    public void The_edge_table_is_the_list_the_namespace_rule_enforces()
    {
        var documented = EdgeRow().Matches(Section("The capability edges of the design"))
            .Select(row => (row.Groups["from"].Value, row.Groups["to"].Value, row.Groups["why"].Value.Trim()))
            .ToList();

        Assert.Equal(NamespaceRuleTests.Allowed.Order(), documented.Order());
    }

    [Fact]
    public void Every_name_the_page_gives_is_declared_in_the_sources()
    {
        var sources = SourceFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root.FullName, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        var declared = sources
            .SelectMany(path => Declaration().Matches(File.ReadAllText(path)).Select(match => match.Groups["name"].Value))
            .Concat(sources.Select(path => Path.GetFileName(Path.GetDirectoryName(path))!))
            .ToHashSet(StringComparer.Ordinal);

        var named = CodeName().Matches(Doc).Select(match => match.Groups["name"].Value).Distinct().ToList();
        var missing = named.Where(name => !declared.Contains(name)).ToList();

        Assert.NotEmpty(named);
        Assert.True(missing.Count == 0, "docs/architecture.md names types that no longer exist: " + string.Join(", ", missing));
    }

    // The lines after the sentence that introduces the table, up to the next heading.
    private static string Section(string introduction)
    {
        var start = Doc.IndexOf(introduction, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/architecture.md has no '{introduction}'");
        var end = Doc.IndexOf("\n#", start, StringComparison.Ordinal);
        return end < 0 ? Doc[start..] : Doc[start..end];
    }

    private static DirectoryInfo FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PsFunctions.sln")))
        {
            folder = folder.Parent;
        }

        return folder ?? throw new InvalidOperationException("The repository root (PsFunctions.sln) is not above the test's folder.");
    }

    [GeneratedRegex(@"^\| (?<from>[A-Z]\w+) \| (?<to>[A-Z]\w+) \| (?<why>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex EdgeRow();

    // A code-style name that looks like a type: `StudentUpsertHandler`, `IWorkQueue`, `SisStudentFields` (not paths, settings or calls).
    [GeneratedRegex(@"`(?<name>I?[A-Z][a-z]+(?:[A-Z][a-z]+)+)`")]
    private static partial Regex CodeName();

    // A type (class, record, record struct, interface, struct, enum) or a member (method or property) declaration.
    [GeneratedRegex(@"\b(?:(?:class|record(?:\s+struct)?|interface|struct|enum)\s+(?<name>\w+)|(?<name>[A-Z]\w+)(?:<[^>()]*>)?\((?=[^;]*\)\s*(?:=>|\{|$|\r?\n))|(?<name>[A-Z]\w+)\s*\{\s*get)", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
