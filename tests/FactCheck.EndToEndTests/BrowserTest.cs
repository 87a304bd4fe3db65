using FactCheck.IntegrationTests;
using Microsoft.Playwright;

namespace FactCheck.EndToEndTests;

/// <summary>A fresh SQLite database with the desk users, the web app on a real port, and Chromium: one of each per test class.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    protected TestApp App { get; private set; } = null!;
    protected WebProcess Web { get; private set; } = null!;
    protected IBrowser BrowserInstance { get; private set; } = null!;
    IPlaywright _playwright = null!;

    protected virtual (string, string)[] Settings => [];

    /// <summary>A new browser context signed in as a desk user, on the queue.</summary>
    protected async Task<IPage> SignInAs(string user)
    {
        var context = await BrowserInstance.NewContextAsync(new() { BaseURL = Web.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(Seed.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Queue" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>A full-page screenshot into TestResults/screenshots, to look at.</summary>
    protected static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, name + ".png"), FullPage = true });

    public async Task InitializeAsync()
    {
        App = await TestApp.Start("sqlite");
        await Seed.DeskUsers(App);
        Web = await WebProcess.Start(App.Db.Options, Settings);
        (_playwright, BrowserInstance) = await Browser.Launch();
    }

    public async Task DisposeAsync()
    {
        await BrowserInstance.DisposeAsync();
        _playwright.Dispose();
        await Web.DisposeAsync();
        await App.DisposeAsync();
    }
}
