using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace FactCheck.IntegrationTests;

/// <summary>
/// A few thousand generated bad requests — odd methods, handlers, fields, encodings, sizes and paging values — to every
/// route, as anonymous, each desk role (with a valid anti-forgery token) and an API token: none may answer 5xx or a
/// status outside 200–499. Seeded, so a failure replays.
/// </summary>
public abstract partial class HardeningTests
{
    static readonly string[] Paths =
    [
        "/", "/claims", "/claims/no-such-card", "/claims/no-such-card/v0", "/claims/no-such-card.jsonld", "/claims/no-such-card.png",
        "/claims/feed.rss", "/claims/feed.atom", "/claims/claimreview.json", "/sitemap.xml", "/healthz",
        "/desk", "/desk/claims/{id}", "/desk/claims/999999", "/desk/claims/abc", "/desk/claims/-1", "/desk/approvals", "/desk/ingest",
        "/desk/notifications", "/desk/report", "/admin/users", "/admin/tokens", "/admin/settings",
        "/account/signin", "/account/signout", "/status", "/status/500", "/status/abc",
        "/api/claims", "/api/claims/{id}", "/api/claims/999999", "/api/similar", "/api/events", "/api/articles",
        "/api/claims/{id}/triggers/approve", "/api/claims/{id}/triggers/%00", "/api/claims/{id}/triggers/start_lookup",
    ];

    static readonly string[] Handlers = ["Take", "Release", "Fire", "Source", "Verdict", "Preview", "Open", "Add", "Roles", "Password", "Create", "Revoke", "Approve", "SendBack", "nope", "", "%00", "Fire%00", "../Take"];
    static readonly string[] Params = ["page", "p", "state", "rating", "speaker", "q", "after", "before", "limit", "days", "assignee", "article", "overdue", "text", "id", "code", "returnUrl"];
    static readonly string[] Fields = ["id", "trigger", "note", "version", "url", "kind", "title", "passage", "quoteFound", "rating", "summary", "rationale", "cite", "name", "password", "roles", "displayName", "text", "selected", "user", "returnUrl", "code", "outlet", "published", "handler"];
    static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "PROPFIND"];

    static string Value(Random r) => r.Next(24) switch
    {
        0 => "-1",
        1 => "0",
        2 => "2147483647",
        3 => "99999999999999999999",
        4 => "abc",
        5 => "\0",
        6 => "é\u202E\uFEFF",
        7 => "<script>alert(1)</script>",
        8 => "' or 1=1--",
        9 => new string('x', r.Next(2000, 9000)),
        10 => "javascript:alert(1)",
        11 => "https://example.org/x?y=%00",
        12 => "true",
        13 => "1e308",
        14 => "NaN",
        15 => "primary",
        16 => "false",
        17 => "//evil.example",
        18 => "\ud800",
        19 => "../../etc/passwd",
        20 => "2026-13-45",
        21 => "approve",
        22 => "",
        _ => "%00%ff%fe",
    };

    [HardeningFact]
    public async Task Fuzz_thousands_of_bad_requests_to_every_route_answer_no_5xx()
    {
        var random = new Random(f.Provider == "sqlite" ? 12 : 13);
        // A claim of the fuzz run's own, in review with a source: whatever the run manages to do to it touches no other test.
        var checker = await _app.User("checker");
        _fuzzClaim = (await _app.Send(new Features.Claims.AddClaim.Command("The lighthouse was built in 1890", "Harbour museum"))).Id;
        await _app.Send(new Features.Claims.FireTrigger.Command(_fuzzClaim, "start_lookup", checker));
        await _app.Send(new Features.Sources.AddSource.Command(_fuzzClaim, checker, "https://example.org/museum", "primary"));
        await _app.Send(new Features.Claims.FireTrigger.Command(_fuzzClaim, "start_review", checker));
        var callers = new List<(string Who, HttpClient Http, string? Token)> { ("anonymous", Anonymous(), await TokenOn(Anonymous(), "/account/signin")) };
        foreach (var user in new[] { "checker", "editor", "admin" })
        {
            var http = Anonymous();
            Assert.Equal(HttpStatusCode.Redirect, (await SignIn(http, user, Seed.Password)).StatusCode);
            callers.Add((user, http, await TokenOn(http, "/desk")));
        }
        callers.Add(("api", Api(), null));
        // The anonymous caller's token is for another (cookie-less) client: its forms are refused with 400, as any forged post.
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        const int Requests = 2400;
        var plans = Enumerable.Range(0, Requests).Select(_ => Plan(random, callers.Count)).ToList();
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (plan, ct) =>
        {
            var (who, http, token) = callers[plan.Caller];
            using var request = new HttpRequestMessage(new HttpMethod(plan.Method), plan.Url);
            if (plan.Body is { } body)
            {
                if (plan.Json) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                else
                {
                    var fields = plan.Fields.ToList();
                    if (token is not null && plan.WithToken) fields.Add(new("__RequestVerificationToken", token));
                    request.Content = plan.Multipart ? Multipart(fields) : new FormUrlEncodedContent(fields);
                }
            }
            int status;
            try { status = (int)(await http.SendAsync(request, ct)).StatusCode; }
            catch (HttpRequestException ex) { failures.Add($"{who} {plan.Method} {plan.Url}: connection failed ({ex.Message})"); return; }
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status is < 200 or > 499) failures.Add($"{who} {plan.Method} {plan.Url} → {status}");
        });
        output.WriteLine($"{f.Provider}: {Requests} requests; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}"))}");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        foreach (var c in callers) c.Http.Dispose();
    }

    long _fuzzClaim;

    sealed record Planned(int Caller, string Method, string Url, string? Body, bool Json, bool Multipart, bool WithToken, List<KeyValuePair<string, string>> Fields);

    Planned Plan(Random r, int callers)
    {
        var caller = r.Next(callers);
        var method = r.Next(3) == 0 ? Methods[r.Next(Methods.Length)] : r.Next(2) == 0 ? "GET" : "POST";
        var path = Paths[r.Next(Paths.Length)].Replace("{id}", r.Next(4) == 0 ? "0" : _fuzzClaim.ToString());
        var query = new List<string>();
        if (r.Next(2) == 0) query.Add("handler=" + Uri.EscapeDataString(Handlers[r.Next(Handlers.Length)]).Replace("%2500", "%00"));
        for (var i = r.Next(4); i > 0; i--) query.Add($"{Params[r.Next(Params.Length)]}={Escape(Value(r))}");
        var url = path + (query.Count > 0 ? "?" + string.Join("&", query) : "");
        if (method is "GET" or "HEAD" or "OPTIONS" && r.Next(3) != 0) return new(caller, method, url, null, false, false, false, []);
        var fields = new List<KeyValuePair<string, string>>();
        for (var i = r.Next(1, 8); i > 0; i--) fields.Add(new(Fields[r.Next(Fields.Length)], Value(r)));
        var json = path.StartsWith("/api") && r.Next(3) != 0;
        var body = json ? (r.Next(4) switch
        {
            0 => "{\"text\": " + System.Text.Json.JsonSerializer.Serialize(Value(r)) + ", \"url\": " + System.Text.Json.JsonSerializer.Serialize(Value(r)) + "}",
            1 => "{\"note\": 5, \"expectedVersion\": \"x\"}",
            2 => "{not json",
            _ => "[" + new string('[', 100) + "]",
        }) : "";
        // Never sign the fuzzing callers out: they are to stay signed in for the whole run.
        if (path == "/account/signout") fields.Clear();
        return new(caller, method, url, body, json, !json && r.Next(5) == 0, path != "/account/signout" && r.Next(6) != 0, fields);
    }

    static string Escape(string value) => value == "\0" ? "%00" : value.StartsWith('%') ? value : Uri.EscapeDataString(value.Replace("\ud800", "?"));

    static MultipartFormDataContent Multipart(List<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in fields) content.Add(new StringContent(v), k);
        content.Add(new ByteArrayContent([0, 1, 2, 0xff]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", "odd.txt");
        return content;
    }
}
