using FactCheck.Features.Claims;
using FactCheck.Features.Sources;
using FactCheck.IntegrationTests;
using Microsoft.Playwright;

namespace FactCheck.EndToEndTests;

/// <summary>The desk's smaller tools in a browser: an editor assigns a claim; the checker is told, corrects and removes a source; incidents.</summary>
public sealed class DeskToolsTests : BrowserTest
{
    [Fact]
    public async Task An_editor_assigns_a_claim_and_the_checker_corrects_and_removes_a_source()
    {
        var checker = await App.User("checker");
        var id = (await App.Send(new AddClaim.Command("The ferry carried 2 million passengers last year", "Ferry company"))).Id;
        await App.Send(new FireTrigger.Command(id, "start_lookup", checker));
        var wrong = (await App.Send(new AddSource.Command(id, checker, "https://example.org/wrong-report", "secondary", "A blog post"))).SourceId;

        var editor = await SignInAs("editor");
        await editor.GotoAsync($"/desk/claims/{id}");
        await editor.GetByLabel("Assign to").SelectOptionAsync("checker2");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByText("The claim is assigned to checker2.")).ToBeVisibleAsync();
        await Shot(editor, "tools-1-assigned");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Incidents" }).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("no-incidents")).ToBeVisibleAsync();

        var page = await SignInAs("checker2");
        await page.GotoAsync("/desk/notifications");
        await Assertions.Expect(page.GetByText($"Claim {id} was given to you by editor.")).ToBeVisibleAsync();
        await page.GotoAsync($"/desk/claims/{id}");
        await page.GetByText($"Correct or remove source #{wrong}").ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).First.FillAsync("A blog post about the ferry");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save source #{wrong}" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Source #{wrong} corrected.")).ToBeVisibleAsync();
        await page.GetByText($"Correct or remove source #{wrong}").ClickAsync();
        await page.GetByLabel("Why remove it?").FillAsync("A blog, not the company's figures.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove source #{wrong}" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Source #{wrong} removed.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId($"source-{wrong}")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".journal")).ToContainTextAsync("removed (secondary: https://example.org/wrong-report): A blog, not the company's figures.");
        await Shot(page, "tools-2-source-removed");
    }
}
