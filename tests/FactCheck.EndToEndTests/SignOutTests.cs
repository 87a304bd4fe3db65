using FactCheck.IntegrationTests;
using Microsoft.Playwright;

namespace FactCheck.EndToEndTests;

/// <summary>Sign-out from the button on a desk page ends the session: a copy of the old cookie opens nothing afterwards.</summary>
public sealed class SignOutTests : BrowserTest
{
    [Fact]
    public async Task Signing_out_from_a_desk_page_ends_the_session_and_the_old_cookie_is_refused()
    {
        var context = await BrowserInstance.NewContextAsync(new() { BaseURL = Web.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/desk/ingest");
        await page.GetByLabel("User name").FillAsync("checker");
        await page.GetByLabel("Password").FillAsync(Seed.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/desk/ingest$"));
        var session = (await context.CookiesAsync()).Single(c => c.Name == "factcheck");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "signout-1-signed-in.png") });

        // The button in the header, on whatever desk page one is on.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Signed out" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "signout-2-signed-out.png") });
        await page.GotoAsync("/desk");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));

        // Someone who copied the cookie before the sign-out gets nothing with it.
        var thief = await BrowserInstance.NewContextAsync(new() { BaseURL = Web.BaseAddress.ToString() });
        await thief.AddCookiesAsync([new Cookie { Name = session.Name, Value = session.Value, Domain = session.Domain, Path = session.Path }]);
        var stolen = await thief.NewPageAsync();
        await stolen.GotoAsync("/desk");
        await Assertions.Expect(stolen).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await Assertions.Expect(stolen.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await stolen.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "signout-3-old-cookie-refused.png") });
    }
}
