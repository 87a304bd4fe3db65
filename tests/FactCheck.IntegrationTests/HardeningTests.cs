using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Features.Claims;
using FactCheck.Features.Sources;
using FactCheck.Features.Tokens;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FactCheck.IntegrationTests;

/// <summary>One web process on one seeded database per provider: a claim in review with a source, desk users and an API token.</summary>
public abstract class HardeningFixture(string provider) : IAsyncLifetime
{
    public string Provider { get; } = provider;
    public TestApp App { get; private set; } = null!;
    public WebProcess Web { get; private set; } = null!;
    public long Review { get; private set; }
    public string Token { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Provider == "postgres" && PostgresHardeningFixture.Skipped) return;
        App = await TestApp.Start(Provider);
        await Seed.DeskUsers(App);
        foreach (var name in new[] { "racer", "quiet", "leaver" })
            await App.Send(new Features.Users.AddUser.Command(name, ["factchecker"], Seed.Password));
        var checker = await App.User("checker");
        Review = (await App.Send(new AddClaim.Command("The port handled 14 percent more cargo in 2025", "Port authority"))).Id;
        await App.Send(new FireTrigger.Command(Review, "start_lookup", checker));
        await App.Send(new AddSource.Command(Review, checker, "https://example.org/report", "primary"));
        await App.Send(new FireTrigger.Command(Review, "start_review", checker));
        Token = (await App.Send(new ApiTokens.Create("probe", "checker"))).Token;
        Web = await WebProcess.Start(App.Db.Options, ("FactCheck__Intake__MaxClaimsPerArticle", "3"));
    }

    public async Task DisposeAsync()
    {
        if (App is null) return;
        await Web.DisposeAsync();
        await App.DisposeAsync();
    }
}

public sealed class SqliteHardeningFixture() : HardeningFixture("sqlite");

/// <summary>The PostgreSQL probe's fixture: nothing to start where no server is configured (its tests are then skipped, see
/// <see cref="HardeningFactAttribute"/>).</summary>
public sealed class PostgresHardeningFixture() : HardeningFixture("postgres")
{
    public static bool Skipped => TestDatabase.Postgres is null && Environment.GetEnvironmentVariable("FACTCHECK_REQUIRE_POSTGRES") != "1";
}

/// <summary>A hardening probe test, run on each provider's class; on <c>HardeningTestsPostgres</c> skipped, and reported so, where no
/// PostgreSQL server is configured (as <see cref="PostgresFactAttribute"/> skips a single test), so that <c>dotnet test</c> passes on
/// a machine with SQLite only.</summary>
[XunitTestCaseDiscoverer("FactCheck.IntegrationTests.HardeningFactDiscoverer", "FactCheck.IntegrationTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class HardeningFactAttribute : FactAttribute;

public sealed class HardeningFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute) =>
        method.TestClass.Class.Name.EndsWith(nameof(HardeningTestsPostgres), StringComparison.Ordinal) && PostgresHardeningFixture.Skipped
            ? [new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, "needs PostgreSQL: set FACTCHECK_TEST_POSTGRES")]
            : [new XunitTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method)];
}

/// <summary>The probe of issue 12 replayed against the web app as a real process on SQLite.</summary>
public sealed class HardeningTestsSqlite(SqliteHardeningFixture f, ITestOutputHelper output) : HardeningTests(f, output), IClassFixture<SqliteHardeningFixture>;

/// <summary>The probe of issue 12 replayed against the web app as a real process on PostgreSQL.</summary>
public sealed class HardeningTestsPostgres(PostgresHardeningFixture f, ITestOutputHelper output) : HardeningTests(f, output), IClassFixture<PostgresHardeningFixture>;

/// <summary>
/// Each numbered finding of the hardening probe (issue 12) as a test that failed before its fix, plus a fuzz run of a
/// few thousand generated bad requests to every route: no 5xx, no status outside 200–499.
/// </summary>
public abstract partial class HardeningTests(HardeningFixture f, ITestOutputHelper output)
{
    readonly TestApp _app = f.App;
    readonly WebProcess _web = f.Web;

    HttpClient Anonymous(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _web.BaseAddress };

    HttpClient Api(string? token = null)
    {
        var http = new HttpClient { BaseAddress = _web.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token ?? f.Token);
        return http;
    }

    static async Task<string> TokenOn(HttpClient http, string page)
    {
        var html = await http.GetStringAsync(page);
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(token.Length == 0, $"no anti-forgery token on {page}");
        return token;
    }

    static async Task<HttpResponseMessage> Post(HttpClient http, string action, string token, params (string Key, string Value)[] fields) =>
        await http.PostAsync(action, new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token)).Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2))));

    async Task<HttpResponseMessage> SignIn(HttpClient http, string name, string password, string? returnUrl = null)
    {
        var token = await TokenOn(http, "/account/signin");
        var fields = new List<(string, string)> { ("name", name), ("password", password) };
        if (returnUrl is not null) fields.Add(("returnUrl", returnUrl));
        return await Post(http, "/account/signin", token, [.. fields]);
    }

    // 1. Sign-out works from every page's form and ends the session on the server.
    [HardeningFact]
    public async Task Sign_out_from_the_layout_form_ends_the_session_and_a_replayed_cookie_opens_nothing()
    {
        var cookies = new CookieContainer();
        using var http = Anonymous(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(http, "leaver", Seed.Password)).StatusCode);
        var session = cookies.GetCookies(_web.BaseAddress)["factcheck"]!.Value;

        var page = await http.GetStringAsync("/desk");
        var form = Regex.Match(page, "<form[^>]*action=\"/account/signout\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, "the layout has a sign-out form");
        var token = Regex.Match(form.Groups[1].Value, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var signOut = await Post(http, "/account/signout", token);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Contains("Signed out", await http.GetStringAsync("/account/signout"));

        var replay = new CookieContainer();
        replay.Add(_web.BaseAddress, new Cookie("factcheck", session));
        using var attacker = Anonymous(replay);
        var desk = await attacker.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        Assert.Contains("/account/signin", desk.Headers.Location!.OriginalString);
    }

    // 2. The failure counter is one atomic update: 30 parallel wrong sign-ins lock the account, and then the right password is refused.
    [HardeningFact]
    public async Task Thirty_parallel_wrong_sign_ins_lock_the_account_and_the_right_password_is_then_refused()
    {
        var clients = new List<(HttpClient Http, string Token)>();
        for (var i = 0; i < 30; i++)
        {
            var http = Anonymous();
            clients.Add((http, await TokenOn(http, "/account/signin")));
        }
        var answers = await Task.WhenAll(clients.Select((c, i) => Post(c.Http, "/account/signin", c.Token, ("name", "racer"), ("password", $"wrong guess number {i}"))));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.True(await _app.Scalar<int>("select failed_sign_ins from app_user where name = 'racer'") >= 5);
        Assert.NotNull(await _app.Scalar<DateTimeOffset?>("select locked_until from app_user where name = 'racer'"));

        using var right = Anonymous();
        var locked = await SignIn(right, "racer", Seed.Password);
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains(Features.Users.SignIn.Refusal, WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()));
        foreach (var c in clients) c.Http.Dispose();
    }

    // 3. No status chosen by the sender; oversized, overfull and NUL-bearing requests answer 4xx.
    [HardeningFact]
    public async Task The_status_comes_from_the_pipeline_and_oversized_or_odd_requests_answer_4xx()
    {
        using var http = Anonymous();
        var token = await TokenOn(http, "/account/signin");
        foreach (var code in new[] { "101", "204", "304", "999", "-1", "99", "abc" })
        {
            var r = await Post(http, "/account/signin", token, ("code", code), ("name", "nobody"), ("password", "nothing at all here"));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/status/101")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/status/204", new FormUrlEncodedContent([]))).StatusCode);

        var big = await Post(http, "/account/signin", token, ("name", new string('a', 5 * 1024 * 1024)), ("password", "x"));
        Assert.Equal(HttpStatusCode.BadRequest, big.StatusCode);
        Assert.Contains("Bad request", await big.Content.ReadAsStringAsync());
        var many = await Post(http, "/account/signin", token, [.. Enumerable.Range(0, 1100).Select(i => ($"f{i}", "v"))]);
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        var nul = await Post(http, "/account/signin", token, ("name", "a\0b"), ("password", "x"));
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);

        using var desk = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(desk, "checker", Seed.Password)).StatusCode);
        var deskToken = await TokenOn(desk, "/desk/ingest");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(deskToken), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[35 * 1024 * 1024]), "file", "huge.txt" },
        };
        HttpResponseMessage? tooLarge = null;
        try { tooLarge = await desk.PostAsync("/desk/ingest?handler=Preview", upload); }
        catch (HttpRequestException) { } // the server may close the connection while the client still sends
        if (tooLarge is not null) Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/desk")).StatusCode); // and the app carries on
    }

    // 4. Only http(s) addresses are stored; no image in a rationale loads from elsewhere.
    [HardeningFact]
    public async Task Javascript_urls_are_refused_everywhere_and_rationale_images_never_load()
    {
        using var api = Api();
        var article = await api.PostAsJsonAsync("/api/articles", new { text = "The minister said that taxes would fall.", url = "javascript:alert(8)" });
        Assert.Equal(HttpStatusCode.BadRequest, article.StatusCode);
        Assert.Contains("http or https", await article.Content.ReadAsStringAsync());

        using var desk = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(desk, "checker", Seed.Password)).StatusCode);
        var token = await TokenOn(desk, "/desk/ingest");
        var ingest = await Post(desk, "/desk/ingest?handler=Open", token, ("text", "The mayor said that the bridge would reopen."), ("url", "javascript:alert(8)"), ("selected", "1"));
        Assert.Equal(HttpStatusCode.BadRequest, ingest.StatusCode);
        var source = await Post(desk, $"/desk/claims/{f.Review}?handler=Source", token, ("url", "JavaScript:alert(1)"), ("kind", "primary"));
        Assert.Equal(HttpStatusCode.BadRequest, source.StatusCode);
        Assert.Equal(1, await _app.Count("source", "claim_id = @Review", new { f.Review }));

        var html = Publishing.SafeMarkdown.ToSafeHtml("![i](javascript:alert(1)) ![pixel](https://tracker.example/p.png) [ok](https://example.org) [bad](vbscript:x)");
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("vbscript:", html);
        Assert.Contains("href=\"https://example.org\"", html);
        var page = await desk.GetAsync($"/desk/claims/{f.Review}");
        Assert.Contains("img-src 'self' data:", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    // 5. What used to be a 500 is a 4xx that says what is wrong.
    [HardeningFact]
    public async Task Unknown_handlers_bad_citations_odd_return_urls_nul_filters_and_huge_pages_are_4xx_or_work()
    {
        using var checker = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(checker, "checker", Seed.Password)).StatusCode);
        var token = await TokenOn(checker, "/desk");
        Assert.Equal(HttpStatusCode.NotFound, (await Post(checker, $"/desk/claims/{f.Review}", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(checker, $"/desk/claims/{f.Review}?handler=Nope", token)).StatusCode);
        var cite = await Post(checker, $"/desk/claims/{f.Review}?handler=Verdict", token, ("rating", "false"), ("summary", "Not so."), ("cite", "0"));
        Assert.Equal(HttpStatusCode.BadRequest, cite.StatusCode);
        Assert.Contains("source 0 is not attached", await cite.Content.ReadAsStringAsync());

        using var editor = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(editor, "editor", Seed.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(editor, "/desk/report", await TokenOn(editor, "/desk/report"))).StatusCode);

        using var unicode = Anonymous();
        var signIn = await SignIn(unicode, "editor2", Seed.Password, returnUrl: "/été");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/%C3%A9t%C3%A9", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await unicode.GetAsync("/desk")).StatusCode);

        using var anonymous = Anonymous();
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/claims?rating=%00")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/claims/%00")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/claims?page=2147483647")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await checker.GetAsync("/desk?page=2147483647")).StatusCode);
        using var api = Api();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/claims?page=2147483647")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/claims?state=%00")).StatusCode);
        var nulArticle = await api.PostAsJsonAsync("/api/articles", new { text = "The minister said that\0 taxes would fall." });
        Assert.True(nulArticle.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Created, $"{nulArticle.StatusCode}");
    }

    // 5 (races). Unique violations are "already exists" (409), never a 500.
    [HardeningFact]
    public async Task Parallel_identical_ingests_user_adds_and_token_creates_answer_409_not_500()
    {
        using var api = Api();
        var text = "The harbour master said that the new quay would open in May, ahead of the season.";
        var ingests = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => api.PostAsJsonAsync("/api/articles", new { text })));
        Assert.All(ingests, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Single(ingests, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await _app.Count("article", "body = @text", new { text }));

        var admins = new List<(HttpClient Http, string Token)>();
        for (var i = 0; i < 16; i++)
        {
            var http = Anonymous();
            Assert.Equal(HttpStatusCode.Redirect, (await SignIn(http, "admin", Seed.Password)).StatusCode);
            admins.Add((http, await TokenOn(http, "/admin/users")));
        }
        var adds = await Task.WhenAll(admins.Select(a => Post(a.Http, "/admin/users?handler=Add", a.Token, ("name", "twin"), ("password", "harbour kestrel 2041"), ("roles", "factchecker"))));
        Assert.All(adds, r => Assert.True((int)r.StatusCode < 500, $"user add answered {(int)r.StatusCode}"));
        Assert.Equal(1, await _app.Count("app_user", "name = 'twin'"));
        var tokens = await Task.WhenAll(admins.Take(8).Select(a => Post(a.Http, "/admin/tokens?handler=Create", a.Token, ("name", "same-name"), ("user", "checker"))));
        Assert.All(tokens, r => Assert.True((int)r.StatusCode < 500, $"token create answered {(int)r.StatusCode}"));
        Assert.Equal(1, await _app.Count("api_token", "name = 'same-name'"));
        foreach (var a in admins) a.Http.Dispose();
    }

    // 6. A database that cannot be written to: reads still answer, writes say 503 with a page, /healthz says degraded.
    [HardeningFact]
    public async Task A_read_only_database_answers_reads_refuses_writes_with_503_and_healthz_says_degraded()
    {
        if (f.Provider != "postgres") return; // SQLite: a read-only file cannot be forced on a root-run test machine; PostgreSQL can say it per database
        var database = new NpgsqlConnectionStringBuilder(_app.Db.Options.ConnectionString).Database!;
        async Task Admin(string sql)
        {
            await using var c = new NpgsqlConnection(_app.Db.Options.ConnectionString + ";Pooling=false");
            await c.OpenAsync();
            // This session may itself start read-only (the setting applies to new sessions): make it writable first.
            await using (var writable = new NpgsqlCommand("set default_transaction_read_only = off", c)) await writable.ExecuteNonQueryAsync();
            await using var cmd = new NpgsqlCommand(sql, c);
            await cmd.ExecuteNonQueryAsync();
        }
        async Task KickSessions() => await Admin($"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database}' and pid <> pg_backend_pid()");
        async Task<HttpResponseMessage> Settled(Func<Task<HttpResponseMessage>> request)
        {
            HttpResponseMessage r = null!;
            for (var i = 0; i < 5; i++) { r = await request(); if (r.StatusCode != HttpStatusCode.ServiceUnavailable) break; }
            return r;
        }
        using var api = Api();
        await api.GetAsync("/api/claims"); // the token's last use is now: no write within the next minute
        await Admin($"alter database \"{database}\" set default_transaction_read_only = on");
        await KickSessions();
        try
        {
            var claims = await Settled(() => api.GetAsync("/api/claims")); // the first uses may meet connections the server closed
            Assert.Equal(HttpStatusCode.OK, claims.StatusCode);
            using var anonymous = Anonymous();
            var health = await anonymous.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("degraded", await health.Content.ReadAsStringAsync());
            var signIn = await SignIn(anonymous, "quiet", Seed.Password);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
            Assert.Contains("the database is unavailable or cannot be written to", await signIn.Content.ReadAsStringAsync());
            var ingest = await api.PostAsJsonAsync("/api/articles", new { text = "The governor said that the budget would balance next year." });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ingest.StatusCode);
        }
        finally
        {
            await Admin($"alter database \"{database}\" reset default_transaction_read_only");
            await KickSessions();
        }
        NpgsqlConnection.ClearAllPools(); // this test process's own pooled connections were ended too
        // The web app's pooled connections were ended by the server: at most one request meets a dead one, then it recovers.
        using var after = Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) statuses.Add((await after.GetAsync("/healthz")).StatusCode);
        Assert.True(statuses.Count(s => s != HttpStatusCode.OK) <= 1, string.Join(", ", statuses));
        Assert.Equal(HttpStatusCode.OK, statuses[^1]);
    }

    // 7. Unknown, wrong and locked answer with the same words, after the same work.
    [HardeningFact]
    public async Task An_unknown_user_and_a_wrong_password_answer_alike_and_take_alike()
    {
        using var http = Anonymous();
        var token = await TokenOn(http, "/account/signin");
        async Task<(string Body, double Ms)> Try(string name)
        {
            var watch = Stopwatch.StartNew();
            var r = await Post(http, "/account/signin", token, ("name", name), ("password", "not the password at all"));
            var ms = watch.Elapsed.TotalMilliseconds;
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            return (WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()), ms);
        }
        var unknown = new List<double>();
        var wrong = new List<double>();
        // Two rounds unmeasured (the web process may still be warming up: JIT, the embedding model), then six, interleaved.
        for (var i = -2; i < 6; i++)
        {
            var (u, um) = await Try("no-such-user-" + i);
            var (w, wm) = await Try("quiet");
            Assert.Contains(Features.Users.SignIn.Refusal, u);
            Assert.Contains(Features.Users.SignIn.Refusal, w);
            if (i < 0) continue;
            unknown.Add(um);
            wrong.Add(wm);
        }
        // Before the fix an unknown name answered in ~5 ms and a real one in ~74 ms (a hash check): the same hash check now
        // runs for both. The second-fastest of each is compared: the work itself, not what a busy machine adds to it.
        var ratio = unknown.Order().ElementAt(1) / wrong.Order().ElementAt(1);
        output.WriteLine($"median-ish unknown/wrong sign-in time ratio: {ratio:0.00}");
        Assert.True(ratio > 0.4, $"an unknown user answers {ratio:0.00}× as fast as a wrong password: the difference tells who exists");
        await _app.Execute("update app_user set failed_sign_ins = 0, locked_until = null where name = 'quiet'");
    }

    // 8. The password policy holds on the admin page too.
    [HardeningFact]
    public async Task Weak_passwords_are_refused_on_the_admin_page()
    {
        using var admin = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(admin, "admin", Seed.Password)).StatusCode);
        var token = await TokenOn(admin, "/admin/users");
        foreach (var (password, reason) in new[] { ("1234567890", "at least 12"), ("weakling-weakling", "user name"), ("password1234", "too common"), (new string('p', 3 * 1024 * 1024), "at most 256") })
        {
            var r = await Post(admin, "/admin/users?handler=Add", token, ("name", "weakling"), ("password", password), ("roles", "factchecker"));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains(reason, await r.Content.ReadAsStringAsync());
        }
        Assert.Equal(0, await _app.Count("app_user", "name = 'weakling'"));
    }

    // 9. One article opens at most the configured number of claims (3 here); the rest are listed, not opened.
    [HardeningFact]
    public async Task An_article_opens_at_most_the_configured_number_of_claims()
    {
        using var api = Api();
        var text = string.Join(" ", new[] { "mayor", "minister", "governor", "senator", "envoy", "general" }
            .Select((who, i) => $"The {who}, Jan Novak{i}, said that the city would receive {i + 3} new ferries by next year."));
        var r = await api.PostAsJsonAsync("/api/articles", new { text, all = true });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var body = await r.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var opened = body.GetProperty("attributions").EnumerateArray().Count(a => a.GetProperty("claimId").ValueKind == System.Text.Json.JsonValueKind.Number);
        Assert.True(body.GetProperty("attributions").GetArrayLength() > 3, "the text has more attributions than the cap");
        Assert.Equal(3, opened);
        Assert.Equal(body.GetProperty("attributions").GetArrayLength() - 3, body.GetProperty("notOpenedOverCap").GetInt32());
    }

    // 10. The desk queue pages with ?page=.
    [HardeningFact]
    public async Task The_desk_queue_pages_with_the_page_parameter()
    {
        for (var i = 0; i < 55; i++) await _app.Send(new AddClaim.Command($"Paging claim number {i:000} about the harbour", "Someone"));
        using var checker = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(checker, "checker", Seed.Password)).StatusCode);
        var first = await checker.GetStringAsync("/desk");
        var second = await checker.GetStringAsync("/desk?page=2");
        Assert.Contains("page 1", first);
        Assert.Contains("page 2", second);
        static HashSet<string> Ids(string html) => Regex.Matches(html, "/desk/claims/(\\d+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(Ids(second));
        Assert.Empty(Ids(first).Intersect(Ids(second)));
    }

    // 11. Hosting: --demo leaves --urls alone; links follow the address; POST-only rate limit; proxies, Secure cookies, HSTS.
    [HardeningFact]
    public async Task The_demo_serves_on_the_given_address_and_links_there_and_a_known_proxy_gets_https_links_secure_cookies_and_hsts()
    {
        await using var db = await TestDatabase.Create(f.Provider);
        await using var web = await WebProcess.Start(db.Options, ["--demo"],
            ("FactCheck__Publishing__BaseUrl", ""), ("FactCheck__Hosting__KnownProxies", "127.0.0.1"), ("FactCheck__SignIn__PerMinute", "3"));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = web.BaseAddress };
        var index = await http.GetStringAsync("/claims");
        Assert.Contains($"href=\"{web.BaseAddress.ToString().TrimEnd('/')}/claims/", index);
        Assert.DoesNotContain("localhost:5000", index);

        using var viaProxy = new HttpRequestMessage(HttpMethod.Get, "/claims");
        viaProxy.Headers.Add("X-Forwarded-Proto", "https");
        viaProxy.Headers.Add("X-Forwarded-Host", "news.example");
        var proxied = await http.SendAsync(viaProxy);
        Assert.Contains("href=\"https://news.example/claims/", await proxied.Content.ReadAsStringAsync());
        Assert.True(proxied.Headers.Contains("Strict-Transport-Security"), "HSTS over HTTPS");
        Assert.False((await http.GetAsync("/claims")).Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");

        // The demo printed its users' passwords: sign in through the proxy, and the cookie is Secure.
        var line = web.Output.Select(l => Regex.Match(l, @"^\s+(\S+)\s+(demo-[0-9a-f]+)\s+\(")).First(m => m.Success);
        async Task<HttpResponseMessage> SignInVia(bool https, string password)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
            if (https) get.Headers.Add("X-Forwarded-Proto", "https");
            var page = await http.SendAsync(get);
            var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
            var token = Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
            {
                Content = new FormUrlEncodedContent([new("name", line.Groups[1].Value), new("password", password), new("__RequestVerificationToken", token)]),
            };
            post.Headers.Add("Cookie", cookie);
            if (https) post.Headers.Add("X-Forwarded-Proto", "https");
            return await http.SendAsync(post);
        }
        var secure = await SignInVia(https: true, line.Groups[2].Value);
        Assert.Equal(HttpStatusCode.Redirect, secure.StatusCode);
        Assert.Contains(secure.Headers.GetValues("Set-Cookie"), c => c.StartsWith("factcheck=") && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        var plain = await SignInVia(https: false, line.Groups[2].Value);
        Assert.Contains(plain.Headers.GetValues("Set-Cookie"), c => c.StartsWith("factcheck=") && !c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        // Views of the sign-in page are not limited; attempts are (3 a minute here; two were used above).
        for (var i = 0; i < 8; i++) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/account/signin")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInVia(https: false, "not the password at all")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInVia(https: false, "not the password at all")).StatusCode);
    }

    // 13. Parallel takes by one user write one journal row.
    [HardeningFact]
    public async Task Parallel_takes_by_one_user_write_one_journal_row_and_race_losers_get_409()
    {
        var checker = await _app.User("checker");
        var id = (await _app.Send(new AddClaim.Command("The ferry carried 2 million passengers", "Ferry company"))).Id;
        var takes = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            try { await _app.Send(new TakeClaim.Command(id, checker)); return "ok"; }
            catch (FactCheckException ex) { return ex.GetType().Name; }
        }));
        Assert.All(takes, t => Assert.Equal("ok", t));
        Assert.Equal(1, await _app.Count("journal", "instance_id = @id and kind = 'take'", new { id }));

        // Without expectedVersion, the losers of a race on one trigger hear that someone else did it (409), not "not possible" (403).
        var editor = (await _app.Send(new ApiTokens.Create("race-editor", "editor"))).Token;
        await _app.Send(new FireTrigger.Command(id, "start_lookup", checker));
        await _app.Send(new AddSource.Command(id, checker, "https://example.org/ferry", "primary"));
        await _app.Send(new FireTrigger.Command(id, "start_review", checker));
        await _app.Send(new Features.Verdicts.SubmitVerdict.Command(id, checker, "true", "The annual report says so."));
        using var api = Api(editor);
        var approvals = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PostAsJsonAsync($"/api/claims/{id}/triggers/approve", new { })));
        Assert.Single(approvals, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(approvals.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await _app.Count("journal", "instance_id = @id and trigger_name = 'approve'", new { id }));
    }
}
