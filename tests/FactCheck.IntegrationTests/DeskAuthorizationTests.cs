using System.Net;
using FactCheck.Features.Claims;
using FactCheck.Features.Sources;
using FactCheck.Features.Verdicts;

namespace FactCheck.IntegrationTests;

/// <summary>One web process on one seeded database for the whole class.</summary>
public sealed class DeskFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;
    public WebProcess Web { get; private set; } = null!;
    public long Claim { get; private set; }

    public async Task InitializeAsync()
    {
        var _app = App = await TestApp.Start("sqlite");
        await Seed.DeskUsers(_app);
        var checker = await _app.User("checker");
        var _claim = Claim = (await _app.Send(new AddClaim.Command("Cargo traffic rose 14 percent <script>alert(1)</script> & more", "Port \"authority\""))).Id;
        await _app.Send(new FireTrigger.Command(_claim, "start_lookup", checker));
        await _app.Send(new AddSource.Command(_claim, checker, "https://example.org/report", "primary"));
        await _app.Send(new FireTrigger.Command(_claim, "start_review", checker));
        await _app.Send(new SubmitVerdict.Command(_claim, checker, "mostly-true", "Close: 13.6 percent.", "[x](javascript:alert(1)) <b>bold</b>"));
        Web = await WebProcess.Start(_app.Db.Options);
    }

    public async Task DisposeAsync()
    {
        await Web.DisposeAsync();
        await App.DisposeAsync();
    }
}

/// <summary>Every desk route for anonymous, factchecker, editor and admin, over real HTTP; forms need their anti-forgery token.</summary>
public sealed class DeskAuthorizationTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    readonly TestApp _app = desk.App;
    readonly WebProcess _web = desk.Web;
    readonly long _claim = desk.Claim;

    public static TheoryData<string?, string, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string?, string, HttpStatusCode>();
        string[] desk = ["/desk", "/desk/claims/1", "/desk/ingest", "/desk?state=review&assignee=me", "/desk/notifications"];
        foreach (var route in desk.Append("/desk/approvals")) data.Add(null, route, HttpStatusCode.Redirect);
        foreach (var user in new[] { "checker", "editor", "admin" })
            foreach (var route in desk) data.Add(user, route, HttpStatusCode.OK);
        data.Add("checker", "/desk/approvals", HttpStatusCode.Forbidden);
        data.Add("admin", "/desk/approvals", HttpStatusCode.Forbidden);
        data.Add("editor", "/desk/approvals", HttpStatusCode.OK);
        foreach (var route in new[] { "/admin/users", "/admin/tokens", "/admin/settings" })
        {
            data.Add(null, route, HttpStatusCode.Redirect);
            data.Add("checker", route, HttpStatusCode.Forbidden);
            data.Add("editor", route, HttpStatusCode.Forbidden);
            data.Add("admin", route, HttpStatusCode.OK);
        }
        data.Add(null, "/desk/report", HttpStatusCode.Redirect);
        data.Add("checker", "/desk/report", HttpStatusCode.Forbidden);
        data.Add("editor", "/desk/report", HttpStatusCode.OK);
        data.Add("admin", "/desk/report", HttpStatusCode.OK);
        data.Add(null, "/desk/incidents", HttpStatusCode.Redirect);
        data.Add("checker", "/desk/incidents", HttpStatusCode.Forbidden);
        data.Add("editor", "/desk/incidents", HttpStatusCode.OK);
        data.Add("admin", "/desk/incidents?all=true", HttpStatusCode.OK);
        foreach (var user in new string?[] { null, "checker", "editor", "admin" })
        {
            data.Add(user, "/healthz", HttpStatusCode.OK);
            data.Add(user, "/account/signin", HttpStatusCode.OK);
            data.Add(user, "/desk/claims/999", user is null ? HttpStatusCode.Redirect : HttpStatusCode.NotFound);
        }
        return data;
    }

    [Theory, MemberData(nameof(Matrix))]
    public async Task Each_route_answers_each_role_as_expected(string? user, string route, HttpStatusCode expected)
    {
        using var http = await _web.Client(user);
        var response = await http.GetAsync(route);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect) Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery);
        var needed = route.StartsWith("/admin") ? "the admin role" : route.StartsWith("/desk/report") || route.StartsWith("/desk/incidents") ? "the editor or admin role" : "the editor role";
        if (expected == HttpStatusCode.Forbidden) Assert.Contains($"This page needs {needed}.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_factchecker_can_never_approve()
    {
        using var http = await _web.Client("checker");
        var page = $"/desk/claims/{_claim}";
        var html = await http.GetStringAsync(page);
        Assert.DoesNotContain(">Approve verdict</button>", html.Replace("disabled>", "")); // only a disabled button with the reason
        Assert.Contains("&#x27;approve&#x27; needs the role editor", html);

        var post = await WebProcess.PostForm(http, page, $"{page}?handler=Fire", new() { ["trigger"] = "approve" });

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("needs the role editor", await post.Content.ReadAsStringAsync());
        Assert.Equal("editor_approval", await _app.Scalar<string>("select state from claim where id = @_claim", new { _claim }));
        var approvals = await http.GetAsync("/desk/approvals?handler=Approve");
        Assert.Equal(HttpStatusCode.Forbidden, approvals.StatusCode);
    }

    [Fact]
    public async Task The_verdict_author_gets_no_approve_button_and_the_server_refuses()
    {
        var eve = await _app.User("eve");
        var own = (await _app.Send(new AddClaim.Command("Own verdict", "X"))).Id;
        await _app.Send(new FireTrigger.Command(own, "start_lookup", eve));
        await _app.Send(new AddSource.Command(own, eve, "https://example.org/own", "primary"));
        await _app.Send(new FireTrigger.Command(own, "start_review", eve));
        await _app.Send(new SubmitVerdict.Command(own, eve, "true", "Mine."));
        using var http = await _web.Client("eve");

        var html = await http.GetStringAsync("/desk/approvals");
        Assert.Contains("blocked: eve wrote this verdict; another editor must approve it (four-eyes rule)", html); // the guard's own words
        var post = await WebProcess.PostForm(http, "/desk/approvals", $"/desk/approvals?handler=Approve&id={own}", new());
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("eve wrote this verdict; another editor must approve it (four-eyes rule)", await post.Content.ReadAsStringAsync());
        Assert.Equal("editor_approval", await _app.Scalar<string>("select state from claim where id = @own", new { own }));
    }

    [Fact]
    public async Task A_post_without_an_anti_forgery_token_is_refused()
    {
        using var http = await _web.Client("editor");
        var journal = await _app.Count("journal");
        var post = await http.PostAsync($"/desk/claims/{_claim}?handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string> { ["trigger"] = "send_back", ["note"] = "forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(journal, await _app.Count("journal"));
    }

    [Fact]
    public async Task A_stale_page_gets_a_conflict_and_overwrites_nothing()
    {
        using var http = await _web.Client("editor");
        var page = $"/desk/claims/{_claim}";
        var version = await _app.Scalar<long>("select row_version from claim where id = @_claim", new { _claim });
        var post = await WebProcess.PostForm(http, page, $"{page}?handler=Fire", new() { ["trigger"] = "send_back", ["note"] = "stale", ["version"] = (version - 1).ToString() });
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        var html = await post.Content.ReadAsStringAsync();
        Assert.Contains("was changed by someone else", html);
        Assert.Contains("Nothing was changed; this is the claim as it is now.", html);
        Assert.Equal("editor_approval", await _app.Scalar<string>("select state from claim where id = @_claim", new { _claim }));
    }

    [Fact]
    public async Task User_text_is_encoded_and_markdown_is_rendered_safely()
    {
        using var http = await _web.Client("checker");
        var html = await http.GetStringAsync($"/desk/claims/{_claim}");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html);
        Assert.DoesNotContain("javascript:alert", html);
        Assert.DoesNotContain("<b>bold</b>", html);
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_account()
    {
        using var http = await _web.Client();
        for (var i = 0; i < 5; i++)
        {
            var bad = await WebProcess.PostForm(http, "/account/signin", "/account/signin", new() { ["name"] = "checker2", ["password"] = "wrong password" });
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }
        var locked = await WebProcess.PostForm(http, "/account/signin", "/account/signin", new() { ["name"] = "checker2", ["password"] = Seed.Password });
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("wrong user name or password, or the account is locked", await locked.Content.ReadAsStringAsync());
        Assert.NotNull(await _app.Scalar<DateTimeOffset?>("select locked_until from app_user where name = 'checker2'"));
    }
}
