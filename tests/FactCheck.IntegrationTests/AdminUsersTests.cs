using System.Net;

namespace FactCheck.IntegrationTests;

/// <summary>The admin's users page over real HTTP, on a web process and database of its own.</summary>
public sealed class AdminUsersTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    readonly TestApp _app = desk.App;
    readonly WebProcess _web = desk.Web;
    const string Page = "/admin/users";

    Task<HttpResponseMessage> Post(HttpClient http, string handler, Dictionary<string, string> fields) =>
        WebProcess.PostForm(http, Page, $"{Page}?handler={handler}", fields);

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData("checker", HttpStatusCode.Forbidden)]
    [InlineData("editor", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Only_an_admin_opens_the_page(string? user, HttpStatusCode expected)
    {
        using var http = await _web.Client(user);
        var response = await http.GetAsync(Page);
        Assert.Equal(expected, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        if (expected == HttpStatusCode.Forbidden) Assert.Contains("This page needs the admin role", html);
        if (expected == HttpStatusCode.OK) Assert.Contains("checker2", html);
        if (user is not null && user != "admin") Assert.DoesNotContain("href=\"/admin/users\"", await http.GetStringAsync("/desk"));
    }

    [Fact]
    public async Task An_admin_adds_a_user_who_can_then_sign_in()
    {
        using var admin = await _web.Client("admin");
        var added = await Post(admin, "Add", new() { ["name"] = "nadia", ["displayName"] = "Nadia <b>K.</b> Łukasz", ["password"] = "a long enough password", ["roles"] = "factchecker" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var html = await admin.GetStringAsync(Page);
        Assert.Contains("Added nadia (factchecker).", html);
        Assert.Contains("Nadia &lt;b&gt;K.&lt;/b&gt; Łukasz", html); // markup encoded, letters as themselves
        Assert.StartsWith("AQAAAA", await _app.Scalar<string>("select password_hash from app_user where name = 'nadia'")); // hashed, not stored as given
        using var nadia = await _web.Client("nadia", "a long enough password");
        Assert.Equal(HttpStatusCode.OK, (await nadia.GetAsync("/desk")).StatusCode);

        // Bad input: the page says what is wrong and nothing is added.
        var users = await _app.Count("app_user");
        var duplicate = await Post(admin, "Add", new() { ["name"] = "nadia", ["password"] = "harbour kestrel 2041", ["roles"] = "editor" });
        Assert.Equal((HttpStatusCode.BadRequest, true), (duplicate.StatusCode, (await duplicate.Content.ReadAsStringAsync()).Contains("a user named &#x27;nadia&#x27; already exists")));
        var shortPassword = await Post(admin, "Add", new() { ["name"] = "omar", ["password"] = "short", ["roles"] = "editor" });
        Assert.Equal((HttpStatusCode.BadRequest, true), (shortPassword.StatusCode, (await shortPassword.Content.ReadAsStringAsync()).Contains("a password needs at least 12 characters")));
        var noRole = await Post(admin, "Add", new() { ["name"] = "omar", ["password"] = "a long enough password" });
        Assert.Equal((HttpStatusCode.BadRequest, true), (noRole.StatusCode, (await noRole.Content.ReadAsStringAsync()).Contains("give at least one role")));
        Assert.Equal(users, await _app.Count("app_user"));
        Assert.Equal(1L, await _app.Scalar<long>("select count(*) from audit_entry where subject = 'nadia'")); // the refused adds left no entry
        Assert.Equal(0L, await _app.Scalar<long>("select count(*) from audit_entry where subject = 'omar'"));
    }

    [Fact]
    public async Task A_role_change_applies_to_a_session_already_signed_in()
    {
        await _app.Send(new Features.Users.AddUser.Command("rosa", ["factchecker"], Seed.Password));
        using var rosa = await _web.Client("rosa");
        Assert.Equal(HttpStatusCode.Forbidden, (await rosa.GetAsync("/desk/approvals")).StatusCode);
        using var admin = await _web.Client("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(admin, "Roles", new() { ["name"] = "rosa", ["roles"] = "editor" })).StatusCode);
        Assert.Equal("editor", await _app.Scalar<string>("select roles from app_user where name = 'rosa'"));
        Assert.Equal(HttpStatusCode.OK, (await rosa.GetAsync("/desk/approvals")).StatusCode); // same cookie, new role
        Assert.Equal(("admin", "factchecker → editor"), (await _app.Scalar<string>("select actor from audit_entry where subject = 'rosa' and action = 'roles.changed'"),
            await _app.Scalar<string>("select detail from audit_entry where subject = 'rosa' and action = 'roles.changed'")));
        Assert.Contains("<td>admin</td><td><code>roles.changed</code></td><td>rosa</td><td>factchecker → editor</td>", await admin.GetStringAsync(Page));
        // No roles at all: the desk is closed to her at once.
        var none = await Post(admin, "Roles", new() { ["name"] = "rosa" });
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        Assert.Contains("rosa has no roles now", await admin.GetStringAsync(Page));
        Assert.Equal(HttpStatusCode.Forbidden, (await rosa.GetAsync("/desk")).StatusCode);

        // Gone from the database: the old cookie no longer signs anyone in.
        await _app.Execute("delete from app_user where name = 'rosa'");
        var after = await rosa.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/signin", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_admin_cannot_take_the_admin_role_from_themselves()
    {
        using var admin = await _web.Client("admin");
        var refused = await Post(admin, "Roles", new() { ["name"] = "admin", ["roles"] = "editor" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("you cannot take the admin role from yourself", await refused.Content.ReadAsStringAsync());
        Assert.Equal("admin", await _app.Scalar<string>("select roles from app_user where name = 'admin'"));
        Assert.Equal(0L, await _app.Scalar<long>("select count(*) from audit_entry where subject = 'admin' and action = 'roles.changed'"));
    }

    [Fact]
    public async Task Setting_a_password_replaces_the_old_one_and_lifts_a_lockout()
    {
        await _app.Send(new Features.Users.AddUser.Command("sam", ["factchecker"], Seed.Password));
        using var anon = await _web.Client();
        for (var i = 0; i < 5; i++)
            await WebProcess.PostForm(anon, "/account/signin", "/account/signin", new() { ["name"] = "sam", ["password"] = "wrong password" });
        Assert.NotNull(await _app.Scalar<DateTimeOffset?>("select locked_until from app_user where name = 'sam'"));
        using var admin = await _web.Client("admin");
        Assert.Contains("locked until", await admin.GetStringAsync(Page));
        Assert.Equal(HttpStatusCode.Redirect, (await Post(admin, "Password", new() { ["name"] = "sam", ["password"] = "a brand new password" })).StatusCode);
        using var sam = await _web.Client("sam", "a brand new password");
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync("/desk")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _web.Client("sam", Seed.Password));
        // A new password ends the sessions signed in with the old one.
        Assert.Equal(HttpStatusCode.Redirect, (await Post(admin, "Password", new() { ["name"] = "sam", ["password"] = "harbour kestrel 2041" })).StatusCode);
        var ended = await sam.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/account/signin", ended.Headers.Location!.PathAndQuery);
        var tooShort = await Post(admin, "Password", new() { ["name"] = "sam", ["password"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_adds_users_or_changes_roles_or_passwords_even_past_the_page()
    {
        var editor = await _app.User("editor");
        var roles = await Assert.ThrowsAsync<RefusedException>(() => _app.Send(new Features.Users.SetRoles.Command("checker", ["admin"], editor)));
        Assert.Contains("only an admin changes roles", roles.Message);
        var password = await Assert.ThrowsAsync<RefusedException>(() => _app.Send(new Features.Users.SetPassword.Command("checker", "a long enough password", editor)));
        Assert.Contains("only an admin sets passwords", password.Message);
        var add = await Assert.ThrowsAsync<RefusedException>(() => _app.Send(new Features.Users.AddUser.Command("mallory", ["admin"], "a long enough password", By: editor)));
        Assert.Contains("only an admin adds users", add.Message);
        Assert.Equal(0, await _app.Count("app_user", "name = 'mallory'"));
        Assert.Equal("factchecker", await _app.Scalar<string>("select roles from app_user where name = 'checker'"));
        var admin = await _app.User("admin");
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => _app.Send(new Features.Users.SetRoles.Command("nobody", ["editor"], admin)));
        Assert.Equal("user nobody not found", missing.Message);
    }

    [Fact]
    public async Task A_post_without_an_anti_forgery_token_changes_nothing()
    {
        using var admin = await _web.Client("admin");
        var post = await admin.PostAsync($"{Page}?handler=Roles", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "checker", ["roles"] = "admin" }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal("factchecker", await _app.Scalar<string>("select roles from app_user where name = 'checker'"));
    }
}
