using FactCheck.IntegrationTests;
using Microsoft.Playwright;

namespace FactCheck.EndToEndTests;

/// <summary>
/// A fact-checker and an editor work one claim through the desk in a real browser against the app on a real port
/// with a fresh SQLite file: ingest, take, source, verdict, send back, revise, approve.
/// </summary>
public sealed class DeskJourneyTests : BrowserTest
{
    const string Article = """
        The harbour authority of Port Elling said on Tuesday that cargo traffic rose 14 percent last year, the biggest rise since 2009.
        Environmental groups believe that the seals will not return.
        """;

    async Task<IPage> SignIn(string user)
    {
        var context = await BrowserInstance.NewContextAsync(new() { BaseURL = Web.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/desk");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(Seed.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Queue" })).ToBeVisibleAsync();
        return page;
    }

    static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_claim_goes_from_ingest_through_send_back_to_publishing()
    {
        // The fact-checker ingests an article and opens its claims.
        var checker = await SignIn("checker");
        await checker.GetByRole(AriaRole.Link, new() { Name = "Ingest" }).ClickAsync();
        await checker.GetByLabel("Title").FillAsync("Port Elling traffic");
        await checker.GetByLabel("Outlet").FillAsync("Demo Gazette");
        await checker.GetByLabel("Article text").FillAsync(Article);
        await checker.GetByRole(AriaRole.Button, new() { Name = "Find the claims" }).ClickAsync();
        await Assertions.Expect(checker.GetByText("2 attributed claim(s) found")).ToBeVisibleAsync();
        await checker.GetByLabel("Open claim 2").UncheckAsync(); // the belief is not worth checking
        await checker.GetByRole(AriaRole.Button, new() { Name = "Open the ticked claims" }).ClickAsync();
        await Assertions.Expect(checker.GetByText("Article 1 stored; 1 claim(s) opened.")).ToBeVisibleAsync();
        await Shot(checker, "queue");

        // Takes it, looks up the source, writes a verdict.
        await checker.GetByRole(AriaRole.Button, new() { Name = "Take" }).ClickAsync();
        await Assertions.Expect(checker.GetByText("Claim 1 is yours.")).ToBeVisibleAsync();
        await checker.GetByRole(AriaRole.Link, new() { Name = "Cargo traffic rose 14 percent" }).ClickAsync();
        await checker.GetByRole(AriaRole.Button, new() { Name = "Start source lookup" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("source_lookup");
        await Assertions.Expect(checker.GetByText("no primary source is attached yet")).ToBeVisibleAsync();
        await checker.GetByLabel("URL").FillAsync("https://example.org/port-elling/annual-report");
        await checker.GetByLabel("Title").FillAsync("Annual report 2025");
        await checker.GetByLabel("The exact passage").FillAsync("Cargo volumes grew by 13.6 per cent");
        await checker.GetByLabel("the quote was found in it").CheckAsync();
        await checker.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await checker.GetByRole(AriaRole.Button, new() { Name = "Start review" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("review");
        await checker.GetByLabel("Rating").SelectOptionAsync("mostly-true");
        await checker.GetByLabel("Summary").FillAsync("Traffic rose 13.6 percent.");
        await checker.GetByLabel("Rationale (Markdown)").FillAsync("The **annual report** gives 13.6 per cent.");
        await checker.GetByRole(AriaRole.Button, new() { Name = "Submit this verdict" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("editor_approval");
        await Assertions.Expect(checker.Locator("strong", new() { HasText = "annual report" })).ToBeVisibleAsync();
        await Shot(checker, "claim");

        // The worker runs the state's notify step; the editor sees it among the notifications, then sends the verdict back.
        await App.Get<FactCheck.Jobs.Worker>().RunDue();
        var editor = await SignIn("editor");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Notifications" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Link, new() { Name = "Claim 1: a verdict awaits an editor's approval." })).ToBeVisibleAsync();
        await Shot(editor, "notifications");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Verdict by checker")).ToBeVisibleAsync();
        await Shot(editor, "approvals");
        await editor.GetByLabel("Why send it back? (required)").FillAsync("Say which year the 2009 comparison is wrong about.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Send back" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Claim 1 sent back.")).ToBeVisibleAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Report" }).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("sent-back")).ToHaveTextAsync("1");
        await Assertions.Expect(editor.GetByTestId("opened")).ToHaveTextAsync("1");
        await Shot(editor, "report");

        // The fact-checker revises.
        await checker.GotoAsync("/desk/claims/1");
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("review");
        await Assertions.Expect(checker.GetByText("Say which year the 2009 comparison is wrong about.")).ToBeVisibleAsync();
        await checker.GetByLabel("Rating").SelectOptionAsync("mixed");
        await checker.GetByLabel("Summary").FillAsync("Traffic rose 13.6 percent, the biggest rise since 2010, not 2009.");
        await checker.GetByRole(AriaRole.Button, new() { Name = "Submit this verdict" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("editor_approval");

        // The editor approves; the claim reaches publishing.
        await editor.GotoAsync("/desk/approvals");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Claim 1 approved; it is being published.")).ToBeVisibleAsync();
        await editor.GotoAsync("/desk/claims/1");
        await Assertions.Expect(editor.GetByTestId("state")).ToHaveTextAsync("publishing");
        Assert.Equal("publishing", await App.Scalar<string>("select state from claim where id = 1"));
        Assert.Equal(2, await App.Count("verdict"));
        foreach (var shot in new[] { "queue", "claim", "notifications", "approvals", "report" })
            Assert.True(new FileInfo(Path.Combine(Browser.Screenshots, shot + ".png")).Length > 10_000);
    }

    [Fact]
    public async Task An_admin_gives_an_integrator_a_token_and_sees_it_in_the_audit()
    {
        var admin = await SignIn("admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "API tokens" }).ClickAsync();
        await admin.GetByLabel("Name (letters, digits, . _ -), e.g. the integrator's program").FillAsync("cms-plugin");
        await admin.GetByLabel("Acts as user").SelectOptionAsync("checker");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var token = await admin.GetByTestId("new-token").TextContentAsync();
        Assert.StartsWith("fc_", token);
        await Shot(admin, "tokens");

        // The integrator's program uses it at once.
        using var http = new HttpClient { BaseAddress = Web.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/api/events")).StatusCode);

        await admin.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "token.created" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "acts as checker" })).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Rating scale" })).ToBeVisibleAsync();
        await Shot(admin, "settings");
    }
}
