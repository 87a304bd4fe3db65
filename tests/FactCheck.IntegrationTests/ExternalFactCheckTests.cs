using System.Net;
using System.Text;
using FactCheck.Features.Claims;
using FactCheck.Features.FactChecks;

namespace FactCheck.IntegrationTests;

/// <summary>
/// Other fact-checkers' ClaimReview imported from files and URLs (served here by a local HTTP listener), matched as
/// "checked elsewhere", and refused whole when an input is bad or hostile.
/// </summary>
public class ExternalFactCheckTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    const string JsonLd = """
        [{"@context":"https://schema.org","@type":"ClaimReview","url":"https://checkers.example/checks/bridge-closed",
          "claimReviewed":"The Old Town bridge has been closed to all traffic since March because it is about to collapse.",
          "author":{"@type":"Organization","name":"Harbour Checkers"},"datePublished":"2024-05-03",
          "reviewRating":{"@type":"Rating","ratingValue":1,"alternateName":"False"},
          "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"A city councillor"}},"inLanguage":"en"},
         {"@context":"https://schema.org","@type":"ClaimReview","url":"https://checkers.example/checks/port-cargo",
          "claimReviewed":"Cargo traffic at the port rose 14 percent last year.",
          "author":{"@type":"Organization","name":"Harbour Checkers"},"datePublished":"2024-06-10T09:00:00Z",
          "reviewRating":{"@type":"Rating","alternateName":"Mostly true"}}]
        """;

    const string FactCheckTools = """
        {"claims":[{"text":"Eating carrots lets pilots see in the dark.","claimant":"Wartime posters","claimDate":"2023-01-02T00:00:00Z",
          "claimReview":[{"publisher":{"name":"PolitiFact","site":"politifact.com"},"url":"https://www.politifact.example/carrots",
                          "title":"No, carrots do not give you night vision","reviewDate":"2023-02-01T00:00:00Z","textualRating":"False","languageCode":"en"}]}]}
        """;

    [Theory, MemberData(nameof(Providers))]
    public async Task Reviews_from_files_pages_and_the_Fact_Check_Tools_API_are_matched_as_checked_elsewhere(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var admin = await app.User("admin", "admin");
        using var server = new StaticServer(new()
        {
            ["/page.html"] = ("text/html", $"<html><head><script>alert(1)</script><script type=\"application/ld+json\">{FactCheckTools.Replace("Eating carrots", "Eating <b>raw</b> carrots")}</script></head><body>x</body></html>"),
            ["/api.json"] = ("application/json", FactCheckTools),
        });
        var first = await app.Send(new ImportClaimReviews.Command([new("reviews.json", JsonLd)], admin));
        Assert.Equal((2, 2, 0), (first.Read, first.Added, first.Updated));
        using var http = new HttpClient();
        var fromApi = await app.Send(new ImportClaimReviews.Command([await ClaimReviewInputs.Read(server.Url("/api.json"), http, default)], admin));
        Assert.Equal((1, 1, 0), (fromApi.Read, fromApi.Added, fromApi.Updated));
        // The same review again from a page: one per URL, updated, its markup taken out.
        var fromPage = await app.Send(new ImportClaimReviews.Command([await ClaimReviewInputs.Read(server.Url("/page.html"), http, default)], admin));
        Assert.Equal((1, 0, 1), (fromPage.Read, fromPage.Added, fromPage.Updated));
        Assert.Equal(3, await app.Count("external_check"));
        Assert.Equal("Eating raw carrots lets pilots see in the dark.", await app.Scalar<string>("select claim from external_check where url = 'https://www.politifact.example/carrots'"));

        var bridge = await app.Send(new SimilarClaims.ForText("A councillor says the Old Town bridge was shut to cars in March as it could fall down any day.", 5));
        var m = bridge[0];
        Assert.Equal(("external", FactCheck.Search.ClaimMatches.Same, "Harbour Checkers", "False", "2024-05-03", "https://checkers.example/checks/bridge-closed"),
            (m.Kind, m.Label, m.Organisation, m.Rating, m.ReviewedOn, m.Url));
        Assert.Equal("A city councillor", m.Speaker);
        // Imported checks are never published as this desk's cards.
        Assert.Equal(0, await app.Count("claim_card"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Bad_and_hostile_input_is_refused_whole_with_a_message_that_names_it(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var admin = await app.User("admin", "admin");
        async Task<string> Refused(string origin, string content) =>
            (await Assert.ThrowsAsync<InputException>(() => app.Send(new ImportClaimReviews.Command([new(origin, content)], admin)))).Message;

        Assert.Contains("not-json.txt", await Refused("not-json.txt", "hello, this is not JSON"));
        Assert.Contains("is not valid JSON (line 1", await Refused("broken.json", "[{\"@type\": \"ClaimReview\", "));
        Assert.Contains("holds no ClaimReview", await Refused("other.json", "{\"@type\": \"NewsArticle\"}"));
        Assert.Contains("without a <script type=\"application/ld+json\">", await Refused("page.html", "<html><script>alert(1)</script></html>"));
        // One good review and one without a claim: the message names the second, and neither is stored.
        var mixed = JsonLd.Replace("\"claimReviewed\":\"Cargo traffic at the port rose 14 percent last year.\",", "");
        var message = await Refused("mixed.json", mixed);
        Assert.Contains("mixed.json, review 2 ([1]): has no claim", message);
        Assert.Contains("javascript.json, review 1 ([0]): url 'javascript:alert(1)' must be an absolute http or https URL",
            await Refused("javascript.json", JsonLd.Replace("https://checkers.example/checks/bridge-closed", "javascript:alert(1)")));
        Assert.Equal(0, await app.Count("external_check"));
        Assert.Equal(0, await app.Count("search_doc", "kind = 'external'"));

        // Too large, from a URL: refused before it is read whole.
        var big = "[" + string.Join(",", Enumerable.Repeat("{\"a\":\"" + new string('x', 1000) + "\"}", 11_000)) + "]";
        using var server = new StaticServer(new() { ["/big.json"] = ("application/json", big), ["/missing"] = ("", "") });
        using var http = new HttpClient();
        var tooBig = await Assert.ThrowsAsync<InputException>(() => ClaimReviewInputs.Read(server.Url("/big.json"), http, default));
        Assert.Contains("is larger than 10 MB", tooBig.Message);
        var gone = await Assert.ThrowsAsync<InputException>(() => ClaimReviewInputs.Read(server.Url("/nothing-here"), http, default));
        Assert.Contains("answered 404", gone.Message);
        // Only admins import.
        var checker = await app.User("checker", "factchecker");
        await Assert.ThrowsAsync<RefusedException>(() => app.Send(new ImportClaimReviews.Command([new("reviews.json", JsonLd)], checker)));
    }

    [Fact]
    public async Task The_ClaimReview_this_desk_exports_imports_into_another_desk_and_matches()
    {
        await using var first = await TestApp.Start("sqlite");
        var (_, slug) = await Seed.PublishedClaim(first, "Cargo traffic at the port rose 14 percent last year", "Port authority", rating: "false");
        await Seed.DeskUsers(first);
        await using var web = await WebProcess.Start(first.Db.Options);
        using var anonymous = await web.Client();
        var exported = await anonymous.GetStringAsync("/claims/claimreview.json");
        var page = await anonymous.GetStringAsync($"/claims/{slug}");

        await using var second = await TestApp.Start("sqlite");
        var admin = await second.User("admin", "admin");
        var r = await second.Send(new ImportClaimReviews.Command([new("claimreview.json", exported), new($"/claims/{slug}", page)], admin));
        Assert.Equal((2, 1, 0), (r.Read, r.Added, r.Updated)); // the file and the page carry the same review: one URL, one check
        var match = (await second.Send(new SimilarClaims.ForText("The port's cargo traffic went up by 14 percent in the last year", 5)))[0];
        Assert.Equal(("external", FactCheck.Search.ClaimMatches.Same, "Port authority"), (match.Kind, match.Label, match.Speaker));
        Assert.EndsWith($"/claims/{slug}", match.Url);
        Assert.Equal("False", match.Rating);
    }

    /// <summary>Serves fixed bodies by path; anything else is a 404.</summary>
    sealed class StaticServer : IDisposable
    {
        readonly HttpListener _listener = new();
        public int Port { get; } = PublishingTests.FreePort();
        public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

        public StaticServer(Dictionary<string, (string Type, string Body)> routes)
        {
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext ctx;
                    try { ctx = await _listener.GetContextAsync(); } catch (Exception) { return; }
                    try
                    {
                        if (routes.TryGetValue(ctx.Request.Url!.AbsolutePath, out var r) && r.Type.Length > 0)
                        {
                            var bytes = Encoding.UTF8.GetBytes(r.Body);
                            ctx.Response.ContentType = r.Type;
                            ctx.Response.ContentLength64 = bytes.Length;
                            await ctx.Response.OutputStream.WriteAsync(bytes);
                        }
                        else ctx.Response.StatusCode = 404;
                        ctx.Response.Close();
                    }
                    catch (Exception) { /* the client went away (a refused large body) */ }
                }
            });
        }

        public void Dispose() { _listener.Stop(); _listener.Close(); }
    }
}
