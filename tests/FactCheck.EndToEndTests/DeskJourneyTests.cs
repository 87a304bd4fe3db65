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


    [Fact]
    public async Task A_claim_goes_from_ingest_through_edit_send_back_and_correction_to_a_card_that_says_only_what_was_said()
    {
        // The fact-checker ingests an article (with its URL) and opens its claims.
        var checker = await SignIn("checker");
        await checker.GetByRole(AriaRole.Link, new() { Name = "Ingest" }).ClickAsync();
        await checker.GetByLabel("Title").FillAsync("Port Elling traffic");
        await checker.GetByLabel("Outlet").FillAsync("Demo Gazette");
        await checker.GetByLabel("URL").FillAsync("https://demo-gazette.example/port-elling-traffic");
        await checker.GetByLabel("Article text").FillAsync(Article);
        await checker.GetByRole(AriaRole.Button, new() { Name = "Find the claims" }).ClickAsync();
        await Assertions.Expect(checker.GetByText("2 attributed claim(s) found")).ToBeVisibleAsync();
        await checker.GetByLabel("Open claim 2").UncheckAsync(); // the belief is not worth checking
        await checker.GetByRole(AriaRole.Button, new() { Name = "Open the ticked claims" }).ClickAsync();
        await Assertions.Expect(checker.GetByText("Article 1 stored; 1 claim(s) opened.")).ToBeVisibleAsync();
        await Shot(checker, "journey-01-queue");

        // Takes it and edits the claim as checked: the statement and the speaker.
        await checker.GetByRole(AriaRole.Button, new() { Name = "Take" }).ClickAsync();
        await Assertions.Expect(checker.GetByText("Claim 1 is yours.")).ToBeVisibleAsync();
        await checker.GetByRole(AriaRole.Link, new() { Name = "Cargo traffic rose 14 percent" }).ClickAsync();
        await checker.GetByText("Edit the claim as checked").ClickAsync();
        await checker.Locator("#statement").FillAsync("Cargo traffic at Port Elling rose 14 percent in 2025, the biggest rise since 2009");
        await checker.GetByLabel("Speaker (who made the claim").FillAsync("Port Elling harbour authority");
        await checker.GetByLabel("The speaker is").SelectOptionAsync("organization");
        await Shot(checker, "journey-02-edit");
        await checker.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("statement")).ToHaveTextAsync("Cargo traffic at Port Elling rose 14 percent in 2025, the biggest rise since 2009");
        await Assertions.Expect(checker.GetByTestId("speaker")).ToHaveTextAsync("Port Elling harbour authority");

        // Looks up the source, writes a verdict.
        await checker.GetByRole(AriaRole.Button, new() { Name = "Start source lookup" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("Source lookup");
        await Assertions.Expect(checker.GetByText("no primary source is attached yet")).ToBeVisibleAsync();
        await checker.GetByLabel("URL", new() { Exact = true }).FillAsync("https://example.org/port-elling/annual-report");
        await checker.GetByLabel("Title", new() { Exact = true }).FillAsync("Annual report 2025");
        await checker.GetByLabel("The exact passage", new() { Exact = true }).FillAsync("Cargo volumes grew by 13.6 per cent");
        await checker.GetByLabel("the quote was found in it").CheckAsync();
        await checker.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await checker.GetByRole(AriaRole.Button, new() { Name = "Start review" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("Review");
        await Assertions.Expect(checker.Locator("#rating")).ToHaveValueAsync(""); // no rating is chosen for the checker
        await checker.GetByLabel("Rating").SelectOptionAsync("mostly-true");
        await checker.GetByLabel("Summary").FillAsync("Traffic rose 13.6 percent.");
        await checker.GetByLabel("Rationale (Markdown)").FillAsync("The **annual report** gives 13.6 per cent.");
        await checker.GetByRole(AriaRole.Button, new() { Name = "Submit this verdict" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("Editor approval");
        await Assertions.Expect(checker.Locator("strong", new() { HasText = "annual report" })).ToBeVisibleAsync();
        await Assertions.Expect(checker.GetByRole(AriaRole.Button, new() { Name = "Add source" })).ToHaveCountAsync(0); // evidence frozen
        await Shot(checker, "journey-03-submitted");

        // The editor sees the evidence on the approvals page and sends the verdict back.
        await App.Get<FactCheck.Workflows.Worker>().RunDue();
        var editor = await SignIn("editor");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Notifications" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Link, new() { Name = "Claim 1: a verdict awaits an editor's approval." })).ToBeVisibleAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Verdict by checker")).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByTestId("approval-statement")).ToHaveTextAsync("Cargo traffic at Port Elling rose 14 percent in 2025, the biggest rise since 2009");
        await Assertions.Expect(editor.GetByTestId("approval-rationale")).ToContainTextAsync("annual report gives 13.6 per cent");
        await Assertions.Expect(editor.GetByTestId("approval-sources")).ToContainTextAsync("Cargo volumes grew by 13.6 per cent");
        await Assertions.Expect(editor.GetByTestId("approval-sources")).ToContainTextAsync("quote found");
        await Assertions.Expect(editor.GetByTestId("approval-article").Locator("mark")).ToContainTextAsync("cargo traffic rose 14 percent");
        await Shot(editor, "journey-04-approvals-with-evidence");
        await editor.GetByLabel("Why send it back? (required)").FillAsync("Say which year the 2009 comparison is wrong about.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Send back" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Claim 1 sent back.")).ToBeVisibleAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Report" }).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("sent-back")).ToHaveTextAsync("1");
        await Assertions.Expect(editor.GetByTestId("opened")).ToHaveTextAsync("1");
        await Shot(editor, "report");

        // The fact-checker is told, sees the note at the top, cannot resubmit the same verdict, revises.
        await checker.GotoAsync("/desk/notifications");
        await Assertions.Expect(checker.GetByText("Claim 1: your verdict was sent back by editor: Say which year the 2009 comparison is wrong about.")).ToBeVisibleAsync();
        await Shot(checker, "journey-05-notified");
        await checker.GotoAsync("/desk/claims/1");
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("Review");
        await Assertions.Expect(checker.GetByTestId("sent-back-note")).ToContainTextAsync("Say which year the 2009 comparison is wrong about.");
        await Assertions.Expect(checker.GetByLabel("Summary")).ToHaveValueAsync("Traffic rose 13.6 percent."); // starts from the old verdict
        await checker.GetByRole(AriaRole.Button, new() { Name = "Submit this verdict" }).ClickAsync();
        await Assertions.Expect(checker.GetByText("sent back, unchanged")).ToBeVisibleAsync();
        await Shot(checker, "journey-06-unchanged-refused");
        await checker.GetByLabel("Rating").SelectOptionAsync("mixed");
        await checker.GetByLabel("Summary").FillAsync("Traffic rose 13.6 percent, the biggest rise since 2010, not 2009.");
        await checker.GetByRole(AriaRole.Button, new() { Name = "Submit this verdict" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("Editor approval");
        await Assertions.Expect(checker.GetByTestId("verdict-history")).ToContainTextAsync("rating Mostly true → Mixed");

        // The editor approves; the card is published, saying only what was said.
        await editor.GotoAsync("/desk/approvals");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Claim 1 approved; it is being published.")).ToBeVisibleAsync();
        await editor.GotoAsync("/desk/claims/1");
        await Assertions.Expect(editor.GetByTestId("state")).ToHaveTextAsync("Publishing");
        Assert.Equal(2, await App.Count("verdict"));
        await App.Get<FactCheck.Workflows.Worker>().RunDue();
        await editor.GotoAsync("/desk/claims/1");
        await Assertions.Expect(editor.GetByTestId("state")).ToHaveTextAsync("Published");
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Take (assign to me)" })).ToHaveCountAsync(0);

        // The editor corrects it: an internal note, and a public text that the card shows.
        await editor.GetByLabel("Internal note (never published)").FillAsync("Internal: Bob misread the council table.");
        await editor.GetByLabel("Correction for readers").FillAsync("We first gave the wrong year for the previous record.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Preview the correction" }).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("correction-preview")).ToContainTextAsync("We first gave the wrong year for the previous record.");
        await Assertions.Expect(editor.GetByTestId("correction-preview")).Not.ToContainTextAsync("Bob misread");
        await Assertions.Expect(editor.GetByLabel("Internal note (never published)")).ToHaveValueAsync("Internal: Bob misread the council table.");
        await Shot(editor, "journey-07-correct");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Correct the published card" }).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("state")).ToHaveTextAsync("Review");
        await checker.GotoAsync("/desk/claims/1");
        await checker.GetByLabel("Summary").FillAsync("Traffic rose 13.6 percent, the biggest rise since 2010.");
        await checker.GetByRole(AriaRole.Button, new() { Name = "Submit this verdict" }).ClickAsync();
        await Assertions.Expect(checker.GetByTestId("state")).ToHaveTextAsync("Editor approval");
        await editor.GotoAsync("/desk/approvals");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await App.Get<FactCheck.Workflows.Worker>().RunDue();

        var slug = await App.Scalar<string>("select slug from claim_card where claim_id = 1 and version = 2");
        var reader = await BrowserInstance.NewPageAsync(new() { BaseURL = Web.BaseAddress.ToString() });
        await reader.GotoAsync($"/claims/{slug}");
        await Assertions.Expect(reader.GetByRole(AriaRole.Note)).ToContainTextAsync("We first gave the wrong year for the previous record.");
        var text = await reader.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Bob misread", text);
        Assert.DoesNotContain("“Cargo traffic", text); // the statement is never dressed as a quote
        await Assertions.Expect(reader.GetByText("Claimed by Port Elling harbour authority")).ToBeVisibleAsync();
        var ld = await reader.Locator("script[type='application/ld+json']").TextContentAsync();
        Assert.Contains("\"Organization\"", ld);
        Assert.Contains("Demo Gazette", ld);
        Assert.DoesNotContain("Bob misread", ld);
        await Shot(reader, "journey-08-card-corrected");
        foreach (var shot in new[] { "journey-01-queue", "journey-04-approvals-with-evidence", "journey-06-unchanged-refused", "journey-08-card-corrected", "report" })
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
