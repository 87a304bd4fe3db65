using FactCheck.IntegrationTests;
using Microsoft.Playwright;

namespace FactCheck.EndToEndTests;

/// <summary>A reader opens a published card in the browser: the page, its structured data and its share image.</summary>
public sealed class PublicCardTests : BrowserTest
{
    protected override (string, string)[] Settings => [("FactCheck__Publishing__OrganizationName", "Harbour Checks")];

    [Fact]
    public async Task A_reader_sees_the_card_with_its_rating_sources_and_share_image()
    {
        var (_, slug) = await Seed.PublishedClaim(App, "Cargo traffic rose 14 percent last year", "Marta K. Ilves", "mostly-true",
            "Traffic rose 13.6 percent.", "The **annual report** gives 13.6 per cent.", "Coastline Radio");
        var page = await BrowserInstance.NewPageAsync(new() { BaseURL = Web.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } }); // a phone

        await page.GotoAsync("/claims");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cargo traffic rose 14 percent last year" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/claims/{slug}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Traffic rose 13.6 percent.");
        await Assertions.Expect(page.GetByText("Mostly true", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Claimed by Marta K. Ilves, via Coastline Radio")).ToBeVisibleAsync();
        // The claim is shown as a statement, not dressed in quotation marks as her words.
        await Assertions.Expect(page.Locator(".statement")).ToContainTextAsync("Cargo traffic rose 14 percent last year");
        Assert.DoesNotContain("“Cargo traffic", await page.Locator("main").InnerTextAsync());
        await Assertions.Expect(page.Locator("strong", new() { HasText = "annual report" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "The \"primary\" source & more" })).ToBeVisibleAsync();
        var ld = await page.Locator("script[type='application/ld+json']").TextContentAsync();
        Assert.Contains("\"ClaimReview\"", ld);
        Assert.Contains("Harbour Checks", ld);

        // The share image: decoded by the browser at 1200×630, with the alt text a screen reader reads.
        var image = page.GetByRole(AriaRole.Img, new() { Name = "Share image: Mostly true, Cargo traffic rose 14 percent last year" });
        await image.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(image).ToBeVisibleAsync();
        // The first image a fresh process renders loads SkiaSharp and the font: wait for its load (or error) event.
        var size = await image.EvaluateAsync<int[]>(
            "img => img.complete ? [img.naturalWidth, img.naturalHeight] : new Promise(resolve => {"
            + " img.addEventListener('load', () => resolve([img.naturalWidth, img.naturalHeight]), { once: true });"
            + " img.addEventListener('error', () => resolve([0, 0]), { once: true }); })");
        Assert.Equal([1200, 630], size);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "card.png"), FullPage = true });
        var png = await page.Context.APIRequest.GetAsync($"/claims/{slug}.png");
        await Assertions.Expect(png).ToBeOKAsync();
        File.WriteAllBytes(Path.Combine(Browser.Screenshots, "share-image.png"), await png.BodyAsync());
    }
}
