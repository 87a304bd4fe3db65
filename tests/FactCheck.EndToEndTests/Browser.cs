using Microsoft.Playwright;

namespace FactCheck.EndToEndTests;

/// <summary>Debian's Chromium driven by Playwright; Playwright never downloads a browser here.</summary>
public static class Browser
{
    /// <summary>Debian's Chromium; elsewhere (GitHub's runners) FACTCHECK_CHROMIUM names the browser to drive.</summary>
    public static readonly string Chromium = Environment.GetEnvironmentVariable("FACTCHECK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<(IPlaywright, IBrowser)> Launch()
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} not found: install Debian's chromium (apt-get install -y chromium); .ci/run does");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(IntegrationTests.TestApp.RepoRoot, "TestResults", "screenshots")).FullName;
}
