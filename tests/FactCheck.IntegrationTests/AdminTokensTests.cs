using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace FactCheck.IntegrationTests;

/// <summary>
/// The admin's API tokens page over real HTTP: a token is shown once, works on /api, and stops working when revoked.
/// Who may open it is in <see cref="DeskAuthorizationTests"/>' matrix.
/// </summary>
public sealed class AdminTokensTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    readonly TestApp _app = desk.App;
    readonly WebProcess _web = desk.Web;
    const string Page = "/admin/tokens";

    Task<HttpResponseMessage> Post(HttpClient http, string handler, Dictionary<string, string> fields) =>
        WebProcess.PostForm(http, Page, $"{Page}?handler={handler}", fields);

    [Fact]
    public async Task A_token_is_shown_once_works_on_the_api_and_stops_when_revoked()
    {
        using var admin = await _web.Client("admin");
        var created = await Post(admin, "Create", new() { ["name"] = "wire-feed", ["user"] = "checker" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore, "the answer carrying the token must not be cached");
        var html = await created.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "<code data-testid=\"new-token\">(fc_[A-Za-z0-9_-]+)</code>").Groups[1].Value;
        Assert.NotEmpty(token);
        Assert.Contains("it is shown this once", html);
        Assert.DoesNotContain(token, await admin.GetStringAsync(Page)); // never again
        Assert.DoesNotContain(token, await _app.Scalar<string>("select token_hash from api_token where name = 'wire-feed'"));

        using var api = new HttpClient { BaseAddress = _web.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/claims")).StatusCode);
        Assert.Contains("<td>checker</td>", await admin.GetStringAsync(Page));

        Assert.Equal(HttpStatusCode.Redirect, (await Post(admin, "Revoke", new() { ["name"] = "wire-feed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/claims")).StatusCode);
        var after = await admin.GetStringAsync(Page);
        Assert.Contains("Token wire-feed revoked", after);
        Assert.DoesNotContain("Revoke wire-feed", after);
        Assert.Equal(1, await _app.Count("audit_entry", "subject = 'wire-feed' and actor = 'admin' and action = 'token.created' and detail = 'acts as checker'"));
        Assert.Equal(1, await _app.Count("audit_entry", "subject = 'wire-feed' and actor = 'admin' and action = 'token.revoked'"));
    }

    [Fact]
    public async Task Bad_input_says_what_is_wrong_and_creates_nothing()
    {
        using var admin = await _web.Client("admin");
        var tokens = await _app.Count("api_token");
        var badName = await Post(admin, "Create", new() { ["name"] = "no spaces <b>", ["user"] = "checker" });
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        var body = await badName.Content.ReadAsStringAsync();
        Assert.Contains("a token name is letters, digits and . _ - only", body);
        Assert.DoesNotContain("data-testid=\"new-token\"", body);
        var noUser = await Post(admin, "Create", new() { ["name"] = "ghost-feed", ["user"] = "nobody" });
        Assert.Equal(HttpStatusCode.NotFound, noUser.StatusCode);
        Assert.Contains("user nobody not found", await noUser.Content.ReadAsStringAsync());
        var revokeUnknown = await Post(admin, "Revoke", new() { ["name"] = "never-made" });
        Assert.Equal(HttpStatusCode.NotFound, revokeUnknown.StatusCode);
        Assert.Equal(tokens, await _app.Count("api_token"));
        var noToken = await admin.PostAsync($"{Page}?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "csrf", ["user"] = "admin" }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(tokens, await _app.Count("api_token"));
    }

    [Fact]
    public async Task Only_an_admin_creates_or_revokes_tokens_even_past_the_page()
    {
        var editor = await _app.User("editor");
        var create = await Assert.ThrowsAsync<RefusedException>(() => _app.Send(new Features.Tokens.ApiTokens.Create("sneaky", "editor", editor)));
        Assert.Contains("only an admin creates API tokens", create.Message);
        Assert.Equal(0, await _app.Count("api_token", "name = 'sneaky'"));
    }
}
