using FactCheck.Features.Claims;
using FactCheck.IntegrationTests;
using Microsoft.Playwright;

namespace FactCheck.EndToEndTests;

/// <summary>
/// Incidents as an admin works them in a browser (and an editor reads them): the navigation counts the open ones; the page filters by activity,
/// retries every open push at once after the chat service is back, and resolves a failed publication with a note.
/// </summary>
public sealed class IncidentsJourneyTests : BrowserTest
{
    Task<long> Incident(long claim, string activity, string error, string key) => Seed.Incident(App, claim, activity, error, key);

    [Fact]
    public async Task An_admin_retries_the_pushes_and_resolves_a_failed_publication_with_a_note()
    {
        var claim = (await App.Send(new AddClaim.Command("The ferry carried 2 million passengers", "Ferry company"))).Id;
        await Incident(claim, "publish-card", "disk full", "card");
        await Incident(claim, "push-event", "chat: 503 Service Unavailable", "push-1");
        await Incident(claim, "push-event", "chat: 503 Service Unavailable", "push-2");

        var page = await SignInAs("admin");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Desk" });
        await Assertions.Expect(nav.GetByTestId("open-incidents")).ToHaveTextAsync("3");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Incidents" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Incidents" })).ToBeVisibleAsync();
        await Shot(page, "incidents-1-open");

        await page.GetByLabel("Activity").SelectOptionAsync("push-event");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.GetByText("disk full")).Not.ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Retry all 2 open push-event incidents" }).ClickAsync();
        await Assertions.Expect(page.GetByText("2 incident(s) of push-event re-queued with a fresh retry budget.")).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByTestId("open-incidents")).ToHaveTextAsync("1");
        await Shot(page, "incidents-2-retried");

        await page.GotoAsync("/desk/incidents");
        var row = page.Locator("tr", new() { HasText = "disk full" });
        await row.GetByLabel($"Why resolve incident").FillAsync("Published by hand after the disk was cleaned");
        await row.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(page.GetByText("resolved without a retry")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("no-incidents")).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByTestId("open-incidents")).ToHaveCountAsync(0);
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Incidents", Exact = true })).ToBeVisibleAsync(); // no stray markup in the link
        await page.GetByLabel("resolved ones too").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.GetByText("by admin: Published by hand after the disk was cleaned")).ToBeVisibleAsync();
        await Shot(page, "incidents-3-resolved");

        // The claim's journal says who did what.
        await page.GotoAsync($"/desk/claims/{claim}");
        await Assertions.Expect(page.GetByText("resolved without a retry: Published by hand after the disk was cleaned")).ToBeVisibleAsync();
        await Shot(page, "incidents-4-journal");

        // An editor reads the incidents (a new one, say) but does not act on them: an admin does.
        await Incident(claim, "notify", "mail relay refused the message", "notify-1");
        var editor = await SignInAs("editor");
        await editor.GotoAsync("/desk/incidents");
        await Assertions.Expect(editor.GetByText("mail relay refused the message")).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByTestId("read-only")).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Retry" })).ToHaveCountAsync(0);
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Resolve" })).ToHaveCountAsync(0);
        await Shot(editor, "incidents-5-editor-reads");

        // The admin retries that one alone.
        await page.GotoAsync("/desk/incidents");
        await page.Locator("tr", new() { HasText = "mail relay refused the message" }).GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Assertions.Expect(page.GetByText("runs again with a fresh retry budget")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("no-incidents")).ToBeVisibleAsync();
        await Shot(page, "incidents-6-retried-one");
    }
}
