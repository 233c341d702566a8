using System.Text.RegularExpressions;
using PsFunctions.Local.Cli;
using PsFunctions.Testing;

namespace PsFunctions.Local.Tests;

/// <summary>
/// The README's example output of its first command comes from a real run: a default <c>--once</c> run prints the same
/// lines (numbers masked: sizes and times vary with the machine) and the same intake counts.
/// </summary>
[Collection(OnceRuns.Name)]
public sealed partial class ReadmeExampleOutputTests
{
    [Fact]
    public async Task The_readme_example_output_has_the_shape_and_counts_of_a_default_once_run()
    {
        var example = ReadmeExample();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await LocalCommand.RunAsync(["--once"], output, error, CancellationToken.None);

        Assert.True(code == LocalCommand.Success, $"exit {code}: {error}\n{output}");
        var printed = Summary(output.ToString());
        Assert.Equal(printed.Select(Mask), example.Select(Mask));
        foreach (var row in (string[])["Delivery targets", "Batches", "Records", "Inserted", "Updated", "Rejected"])
        {
            Assert.Equal(Row(printed, row), Row(example, row));
        }
    }

    // The fenced block after "prints what it did, for example:" in README.md.
    private static string[] ReadmeExample()
    {
        var readme = File.ReadAllText(RepositoryRoot.File("README.md"));
        var block = ExampleBlock().Match(readme);
        Assert.True(block.Success, "README.md has no example output block after 'prints what it did, for example:'");
        return block.Groups["lines"].Value.TrimEnd('\n').Split('\n');
    }

    // From the summary table's first rule to the end: what the README shows.
    private static string[] Summary(string output)
    {
        var lines = output.Replace("\r", string.Empty, StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var first = Array.FindIndex(lines, line => line.StartsWith("---", StringComparison.Ordinal));
        Assert.True(first >= 0, $"no summary table in:\n{output}");
        return lines[first..];
    }

    private static string Mask(string line) => Number().Replace(line, "N");

    private static string Row(IEnumerable<string> lines, string name) =>
        lines.Select(line => line.Split(" | ", 2)).Where(cells => cells.Length == 2 && cells[0].Trim() == name).Select(cells => cells[1]).SingleOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"no '{name}' row");

    [GeneratedRegex(@"prints what it did, for example:\s*```\n(?<lines>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex Number();
}
