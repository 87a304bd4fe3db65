using FactCheck.IntegrationTests;
using Microsoft.Playwright;

namespace FactCheck.EndToEndTests;

/// <summary>
/// "Has this been checked already?" in a browser: an admin imports another fact-checker's ClaimReview on the admin page;
/// a checker pastes an article whose claim says the same in other words, and the preview marks it checked elsewhere
/// and leaves it unticked; the claim opened anyway shows the check under Similar claims.
/// </summary>
public sealed class AlreadyCheckedTests : BrowserTest
{
    const string Review = """
        {"@context":"https://schema.org","@type":"ClaimReview","url":"https://checkers.example/checks/bridge-closed",
         "claimReviewed":"The Old Town bridge has been closed to all traffic since March because it is about to collapse.",
         "author":{"@type":"Organization","name":"Harbour Checkers"},"datePublished":"2024-05-03",
         "reviewRating":{"@type":"Rating","alternateName":"False"},
         "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Councillor Ines Varga"}}}
        """;

    [Fact]
    public async Task A_check_by_another_organisation_is_found_for_a_claim_in_other_words()
    {
        var admin = await SignInAs("admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Other fact-checkers" }).ClickAsync();
        await admin.GetByLabel("or the JSON-LD itself").FillAsync(Review);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("1 review read: 1 added, 0 updated.")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "The Old Town bridge has been closed" })).ToBeVisibleAsync();
        await Shot(admin, "checked-1-imported");

        var page = await SignInAs("checker");
        await page.GotoAsync("/desk/ingest");
        await page.GetByLabel("Article text").FillAsync(
            "Councillor Ines Varga said on Monday that the Old Town bridge was shut to cars in March because it could fall down any day.\n\n" +
            "The port authority said that cargo traffic rose 14 percent last year.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the claims" }).ClickAsync();
        var row = page.Locator("tr", new() { HasText = "Old Town bridge" });
        await Assertions.Expect(row.GetByText("Already checked elsewhere:")).ToBeVisibleAsync();
        await Assertions.Expect(row.GetByText("checked by Harbour Checkers, 2024-05-03: False")).ToBeVisibleAsync();
        await Assertions.Expect(row.GetByRole(AriaRole.Checkbox)).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "cargo traffic" }).GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
        await Shot(page, "checked-2-preview");

        // Opened anyway: the claim page shows the other organisation's check, with its link.
        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByLabel("Open the ticked claims even where one is marked already checked").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the ticked claims" }).ClickAsync();
        await page.GotoAsync("/desk?q=bridge");
        await page.Locator("a[href^='/desk/claims/']").First.ClickAsync();
        var similar = page.Locator("section[aria-labelledby=similar]");
        await Assertions.Expect(similar.GetByText("Already checked elsewhere:")).ToBeVisibleAsync();
        await Assertions.Expect(similar.GetByRole(AriaRole.Link, new() { Name = "The Old Town bridge has been closed to all traffic since March because it is about to collapse." }))
            .ToHaveAttributeAsync("href", "https://checkers.example/checks/bridge-closed");
        await Shot(page, "checked-3-claim-page");

        // The title is not part of the name: extraction kept it as the role, which the checker makes more precise.
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("Ines Varga");
        await Assertions.Expect(page.GetByTestId("speaker-role")).ToHaveTextAsync("councillor");
        await page.GetByText("Edit the claim as checked").ClickAsync();
        await page.GetByLabel("Speaker's role or title").FillAsync("city councillor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Edited: speaker's role: “councillor” → “city councillor”.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("speaker-role")).ToHaveTextAsync("city councillor");
        await Shot(page, "checked-4-role");

        // The queue's claims as CSV, from the link on the queue.
        await page.GotoAsync("/desk");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download all claims as CSV" }).ClickAsync());
        Assert.Matches(@"^factcheck-claims-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("id,state,text,speaker,speaker_kind,channel,rating,card_url,created_at,updated_at", csv);
        Assert.Contains("The Old Town bridge was shut to cars in March because it could fall down any day,Ines Varga,person,", csv);
    }
}
