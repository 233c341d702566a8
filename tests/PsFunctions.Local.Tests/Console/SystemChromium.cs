using Microsoft.Playwright;

namespace PsFunctions.Local.Tests.Console;

/// <summary>
/// Debian's headless Chromium (<c>apt-get install chromium</c>; <c>.ci/run</c> installs it) driven by Playwright: Playwright's
/// own browser downloads are never used. <c>CHROMIUM_PATH</c> points at another binary.
/// </summary>
internal static class SystemChromium
{
    public static string ExecutablePath =>
        System.Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(ExecutablePath), $"No Chromium at {ExecutablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in a container has no user namespace sandbox; the pages are our own, on loopback.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>Where the screenshots go: TestResults/console in the repository, next to the TRX files.</summary>
    public static string Screenshot(string name)
    {
        var folder = PsFunctions.Testing.RepositoryRoot.File(Path.Combine("TestResults", "console"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }
}
