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
