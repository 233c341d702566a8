using PsFunctions.Local.Cli;
using static PsFunctions.Local.Tests.SummaryRows;

namespace PsFunctions.Local.Tests;

/// <summary>
/// README command #1 end to end: the runner starts its own Azurite and the simulator, runs one cycle and prints
/// the summary. The counts come from what the simulator generated, so they are asserted against each other.
/// </summary>
[Collection(OnceRuns.Name)]
public sealed class OnceRunTests
{
    [Fact]
    public async Task One_cycle_applies_every_pending_submission_and_prints_real_counts()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await LocalCommand.RunAsync(["--once", "--students", "300", "--submissions", "12"], output, error, CancellationToken.None);

        var text = output.ToString();
        Assert.True(code == LocalCommand.Success, $"exit {code}: {error}\n{text}");
        Assert.Equal(12, Row(text, "Records"));
        Assert.Equal(12, Row(text, "Inserted") + Row(text, "Updated") + Row(text, "Rejected"));
        Assert.True(Row(text, "Inserted") > 0, text);
        Assert.True(Row(text, "Documents mirrored") > 0, text);
        Assert.True(Row(text, "Events published") >= 12, text);
        // Each document is queued and mirrored once: one document.mirrored event per stored file.
        Assert.Contains($"event document.mirrored: {Row(text, "Documents mirrored")}", text, StringComparison.Ordinal);
    }
}
