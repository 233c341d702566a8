using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static PsFunctions.Local.Tests.SummaryRows;

namespace PsFunctions.Local.Tests.Console;

/// <summary>
/// The operations console in a real browser (Debian's headless Chromium through Playwright) against the local runner after
/// one <c>--once</c> cycle over a generated district with deliberately flawed submissions: the overview shows the counts the
/// summary prints, the pages pass an axe check and can be reached with the keyboard, and a replay from the page takes the
/// rejection off the work list and puts its upsert back on the queue. Screenshots go to TestResults/console.
/// </summary>
[Collection(OnceRuns.Name)]
public sealed class ConsoleBrowserTests
{
    private const int Flawed = 3;

    [Fact]
    public async Task Console_shows_the_once_counts_and_replays_a_rejection_from_the_page()
    {
        await using var run = await ConsoleRun.StartAsync(submissions: 5, Flawed, CancellationToken.None);
        var rejected = Row(run.Summary, "Rejected");
        Assert.True(rejected >= 1, run.Summary);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        await page.GotoAsync(run.ConsoleUrl.ToString());
        await page.Locator("body[data-loaded=true]").WaitForAsync();
        Assert.Equal(Row(run.Summary, "Records"), await NumberAsync(page, "#targets .records"));
        Assert.Equal(Row(run.Summary, "Batches"), await NumberAsync(page, "#targets .batches"));
        Assert.Equal(rejected, await NumberAsync(page, "#overview-rejections"));
        await AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = SystemChromium.Screenshot("overview"), FullPage = true });

        await TabToAsync(page, "nav-rejections");
        await page.Keyboard.PressAsync("Enter");
        // The page moves the focus to the page's heading when the hash changes (an event, so waited for, not slept on).
        await page.WaitForFunctionAsync("document.activeElement.id === 'rejections-title'");
        var articles = page.Locator("#rejection-list article");
        Assert.Equal(rejected, await articles.CountAsync());
        Assert.True(await page.Locator("#rejection-list .reasons li").CountAsync() >= rejected);
        await AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = SystemChromium.Screenshot("rejections"), FullPage = true });

        await AssertSubmissionPageAsync(page, await articles.Last.GetAttributeAsync("data-submission-id"));
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Back to the rejections" }).ClickAsync();

        var replayable = page.Locator("#rejection-list article:has(button:not([disabled]))").First;
        var submissionId = await replayable.GetAttributeAsync("data-submission-id");
        await replayable.GetByRole(AriaRole.Button).ClickAsync();
        await page.Locator($"#rejection-list article[data-submission-id='{submissionId}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(rejected - 1, await articles.CountAsync());
        Assert.Contains($"Submission {submissionId} was queued again", await page.Locator("#message").TextContentAsync(), StringComparison.Ordinal);
        // Recorded: who (the local user, on loopback), what, on which submission, and what came of it.
        var recorded = page.Locator($"#actions tr[data-action='replay'][data-target='{submissionId}']");
        await recorded.WaitForAsync();
        Assert.Contains($"local:{System.Environment.UserName}", await recorded.TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = SystemChromium.Screenshot("rejections-after-replay"), FullPage = true });

        // The replayed submission's upsert waits on its queue (the --once host runs no queue loops): the overview shows it.
        await page.GotoAsync(run.ConsoleUrl + "#overview");
        await page.Locator("body[data-loaded=true]").WaitForAsync();
        Assert.Equal(1, await NumberAsync(page, "#queues tr:has(th:text-is('student-upserts')) td >> nth=0"));
    }

    // The submission's page: its delivered version with the batch, its waiting reasons, and its documents, which
    // download through the console (attachment, the stored length), never from a storage URL.
    private static async Task AssertSubmissionPageAsync(IPage page, string? submissionId)
    {
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = $"History of submission {submissionId}" }).ClickAsync();
        await page.Locator($"body[data-submission='{submissionId}']").WaitForAsync();
        Assert.Equal(1, await page.Locator("#submission-versions tr").CountAsync());
        Assert.True(await page.Locator("#submission-rejection .reasons li").CountAsync() >= 1);
        var links = page.Locator("#submission-documents a");
        Assert.True(await links.CountAsync() >= 1, "the flawed submission's documents were mirrored, so its page lists them");
        var href = await links.First.GetAttributeAsync("href");
        Assert.StartsWith("/api/console/documents/", href, StringComparison.Ordinal);
        var download = await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.Equal(200, download.Status);
        Assert.StartsWith("attachment", download.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains($"({download.Headers["content-type"]}, {(await download.BodyAsync()).Length.ToString("N0", CultureInfo.GetCultureInfo("en-US"))} bytes)",
            await links.First.Locator("..").TextContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = SystemChromium.Screenshot("submission"), FullPage = true });
    }

    private static async Task<int> NumberAsync(IPage page, string selector) =>
        int.Parse((await page.Locator(selector).First.TextContentAsync())!.Trim(), CultureInfo.InvariantCulture);

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0,
            string.Join("\n", results.Violations.Select(violation => $"{violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(node => node.Target))})")));
    }

    // Keyboard only: Tab from the top of the page until the element has the focus.
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 10; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("document.activeElement.id") == id)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached #{id}.");
    }
}
