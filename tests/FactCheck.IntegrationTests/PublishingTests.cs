using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using FactCheck.Features.Claims;
using FactCheck.Features.Verdicts;
using FactCheck.Jobs;
using FactCheck.Workflows;
using FactCheck.Jobs.Activities;
using FactCheck.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.IntegrationTests;

public class PublishingTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    const string Nasty = "Tax <script>alert('x')</script> cuts & \"growth\" will pay for themselves";

    static async Task<Card> Card(TestApp app, string slug, int? version = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await CardSql.Get(scope.ServiceProvider.GetRequiredService<Data.DbSession>(), slug, version) ?? throw new InvalidOperationException("no card");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_speakers_role_is_shown_after_the_name_and_is_the_persons_job_title(string provider)
    {
        await using var app = await TestApp.Start(provider);
        // From extraction to the card: the title is not part of the name, and travels in its own field.
        var ingested = await app.Send(new Features.Articles.IngestArticle.Command("Assistant Commissioner Eric Stubbs said that 40 officers had been sent to the camp on Monday.", All: true));
        var id = Assert.Single(ingested.Items).ClaimId!.Value;
        Assert.Equal(("Eric Stubbs", "assistant commissioner"), (await app.Scalar<string>("select speaker from claim where id = @id", new { id }),
            await app.Scalar<string>("select speaker_role from claim where id = @id", new { id })));
        var (_, slug) = await Seed.PublishedClaim(app, "40 officers were sent to the camp", "Eric Stubbs", "true", "Yes.", role: "assistant commissioner");
        var card = await Card(app, slug);
        var options = app.Get<PublishingOptions>();
        Assert.Contains("Claimed by <strong>Eric Stubbs</strong>, assistant commissioner", CardRenderer.Page(card, [1], options));
        var author = JsonDocument.Parse(CardRenderer.JsonLd(card, options)).RootElement.GetProperty("itemReviewed").GetProperty("author");
        Assert.Equal(("Person", "Eric Stubbs", "assistant commissioner"),
            (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString(), author.GetProperty("jobTitle").GetString()));
        // The desk corrects it: a new speaker drops the old role unless one is given.
        var checker = await app.User("role-checker", "factchecker");
        var edited = await app.Send(new Features.Claims.EditClaim.Command(id, checker, SpeakerRole: "deputy commissioner"));
        Assert.Contains("speaker's role: “assistant commissioner” → “deputy commissioner”", edited.Changes);
        await app.Send(new Features.Claims.EditClaim.Command(id, checker, Speaker: "Ann Lee"));
        Assert.Null(await app.Scalar<string>("select speaker_role from claim where id = @id", new { id }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_published_card_carries_a_complete_ClaimReview(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var (_, slug) = await Seed.PublishedClaim(app, "Cargo traffic rose 14 percent last year", "Marta K. Ilves", "mostly-true", "Close: 13.6 percent.", channel: "Coastline Radio");
        var options = app.Get<PublishingOptions>();

        var json = JsonDocument.Parse(CardRenderer.JsonLd(await Card(app, slug), options)).RootElement;

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("ClaimReview", json.GetProperty("@type").GetString());
        Assert.Equal("Cargo traffic rose 14 percent last year", json.GetProperty("claimReviewed").GetString());
        Assert.Equal(options.CardUrl(slug), json.GetProperty("url").GetString());
        Assert.Equal("en", json.GetProperty("inLanguage").GetString());
        Assert.True(DateTimeOffset.TryParse(json.GetProperty("datePublished").GetString(), out _));
        Assert.Equal(json.GetProperty("datePublished").GetString(), json.GetProperty("dateModified").GetString());
        var rating = json.GetProperty("reviewRating");
        Assert.Equal(("Rating", 4, 5, 1, "Mostly true"), (rating.GetProperty("@type").GetString(), rating.GetProperty("ratingValue").GetInt32(),
            rating.GetProperty("bestRating").GetInt32(), rating.GetProperty("worstRating").GetInt32(), rating.GetProperty("alternateName").GetString()));
        var author = json.GetProperty("author");
        Assert.Equal(("Organization", options.OrganizationName), (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString()));
        var claim = json.GetProperty("itemReviewed");
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal(("Person", "Marta K. Ilves"), (claim.GetProperty("author").GetProperty("@type").GetString(), claim.GetProperty("author").GetProperty("name").GetString()));
        // Added by hand, with no article and no source marked as the channel's original: neither is made up from the channel.
        Assert.False(claim.TryGetProperty("appearance", out _));
        Assert.False(claim.TryGetProperty("firstAppearance", out _));
        Assert.False(json.TryGetProperty("correction", out _));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_correction_republishes_with_a_note_and_keeps_the_earlier_version(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var (id, slug) = await Seed.PublishedClaim(app, "The quay will be finished by March", "Port of Elling", "mixed", "Probably June.");
        var editor = await app.User("pub-editor");
        var checker = await app.User("pub-checker");
        var noPublicText = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new FireTrigger.Command(id, "correct", editor, "Internal: Bob misread the schedule.")));
        Assert.Contains("requires a public text for readers", noPublicText.Message);
        await app.Send(new FireTrigger.Command(id, "correct", editor, "Internal: Bob misread the schedule.", PublicNote: "The contractor's schedule says July, not June."));
        await app.Send(new SubmitVerdict.Command(id, checker, "false", "The schedule says July."));
        await app.Send(new FireTrigger.Command(id, "approve", editor));
        await app.Get<Worker>().RunDue();

        var v2 = await Card(app, slug);
        var v1 = await Card(app, slug, 1);
        Assert.Equal((2, "false", "mixed"), (v2.Version, v2.Rating, v1.Rating));
        var json = JsonDocument.Parse(CardRenderer.JsonLd(v2, app.Get<PublishingOptions>())).RootElement;
        var correction = Assert.Single(json.GetProperty("correction").EnumerateArray().ToList());
        Assert.Equal(("CorrectionComment", "The contractor's schedule says July, not June."), (correction.GetProperty("@type").GetString(), correction.GetProperty("text").GetString()));
        Assert.True(DateTimeOffset.Parse(json.GetProperty("dateModified").GetString()!) >= DateTimeOffset.Parse(json.GetProperty("datePublished").GetString()!));
        var page = CardRenderer.Page(v2, [1, 2], app.Get<PublishingOptions>());
        Assert.Contains("Correction (", page);
        Assert.Contains("The contractor&#39;s schedule says July, not June.", page);
        Assert.DoesNotContain("Bob misread", page); // the internal note never reaches the card
        Assert.DoesNotContain("Bob misread", CardRenderer.JsonLd(v2, app.Get<PublishingOptions>()));
        Assert.Contains($"/claims/{slug}/v1", page);
        Assert.DoesNotContain("Correction (", CardRenderer.Page(v1, [1, 2], app.Get<PublishingOptions>()));
        Assert.Equal("published", await app.Scalar<string>("select state from claim where id = @id", new { id }));
    }

    [Fact]
    public async Task Feeds_read_back_and_hostile_text_stays_inert_everywhere()
    {
        await using var app = await TestApp.Start("sqlite");
        var (_, slug) = await Seed.PublishedClaim(app, Nasty, "Mayor \"Joe\" <b>Smith</b> & Co", "false", "No & <i>no</i>.", "<img src=x onerror=alert(1)> [link](javascript:alert(2))");
        var o = app.Get<PublishingOptions>();
        var card = await Card(app, slug);
        var cards = new[] { card };

        using (var rss = XmlReader.Create(new StringReader(CardRenderer.Rss(cards, o))))
        {
            var feed = SyndicationFeed.Load(rss);
            var item = Assert.Single(feed.Items);
            Assert.Equal("False: " + Nasty, item.Title.Text);
            Assert.Equal(o.CardUrl(slug), item.Links[0].Uri.ToString());
        }
        using (var atom = XmlReader.Create(new StringReader(CardRenderer.Atom(cards, o))))
        {
            var feed = SyndicationFeed.Load(atom);
            var entry = Assert.Single(feed.Items);
            Assert.Equal("False: " + Nasty, entry.Title.Text);
            Assert.Equal("No & <i>no</i>.", ((TextSyndicationContent)entry.Summary).Text);
        }

        var page = CardRenderer.Page(card, [1], o);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.DoesNotContain("javascript:alert", page);
        Assert.DoesNotContain("<b>Smith</b>", page);
        Assert.Contains("Tax &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; cuts &amp; &quot;growth&quot;", page);
        var ld = CardRenderer.JsonLd(card, o);
        Assert.DoesNotContain("</script>", ld); // cannot close the page's script element
        Assert.Equal(Nasty, JsonDocument.Parse(ld).RootElement.GetProperty("claimReviewed").GetString());
        var all = JsonDocument.Parse(CardRenderer.AllClaimReviews(cards, o)).RootElement;
        Assert.Equal(Nasty, all[0].GetProperty("claimReviewed").GetString());
    }

    [Fact]
    public async Task A_webhook_gets_a_signed_card_exactly_once_after_two_failures()
    {
        using var receiver = new WebhookReceiver(failFirst: 2);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await TestApp.Start("sqlite", configure: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton(new PublishingOptions { Webhooks = [new WebhookTarget { Name = "partner", Url = receiver.Url("hook"), Secret = "s3cret", MaxAttempts = 5 }] });
        });

        var (id, slug) = await Seed.PublishedClaim(app, "Cargo traffic rose 14 percent", "Port authority"); // runs publish-card, then push attempt 1
        for (var i = 0; i < 4 && receiver.Received.Count == 0; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1)); // past the backoff
            await app.Get<Worker>().RunDue();
        }
        clock.Advance(TimeSpan.FromMinutes(10));
        await app.Get<Worker>().RunDue(); // nothing left to deliver
        receiver.Stop();

        Assert.Equal(3, receiver.Attempts);
        var (_, kind, body, signature, delivery) = Assert.Single(receiver.Received);
        Assert.Equal("card.published", kind);
        Assert.Equal("sha256=" + Webhook.Sign("s3cret", body), signature);
        Assert.NotEqual("sha256=" + Webhook.Sign("wrong", body), signature);
        Assert.EndsWith(":push:partner", delivery);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(("card.published", slug), (json.GetProperty("event").GetString(), json.GetProperty("slug").GetString()));
        Assert.Equal("ClaimReview", json.GetProperty("card").GetProperty("@type").GetString());
        Assert.Equal(("done", 3L), (await app.Scalar<string>("select status from job where activity = 'push-card'"), await app.Scalar<long>("select attempts from job where activity = 'push-card'")));
        Assert.Equal("published", await app.Scalar<string>("select state from claim where id = @id", new { id }));
    }

    [Fact]
    public async Task A_webhook_that_keeps_failing_becomes_an_incident()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await TestApp.Start("sqlite", configure: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton(new PublishingOptions { Webhooks = [new WebhookTarget { Name = "gone", Url = $"http://127.0.0.1:{FreePort()}/hook", Secret = "x", MaxAttempts = 2 }] });
        });
        var (id, _) = await Seed.PublishedClaim(app, "Cargo traffic rose 14 percent", "Port authority");
        clock.Advance(TimeSpan.FromMinutes(5));
        await app.Get<Worker>().RunDue();
        Assert.Equal("failed", await app.Scalar<string>("select status from job where activity = 'push-card'"));
        Assert.StartsWith("push-card failed 2 times, retries spent: gone:", await app.Scalar<string>("select error from incident where instance_id = @id", new { id }));
    }

    [Fact]
    public async Task Readers_find_cards_by_the_words_of_the_claim()
    {
        await using var app = await TestApp.Start("sqlite");
        var (_, slug) = await Seed.PublishedClaim(app, "Cargo traffic rose 14 percent last year", "Port authority", "mostly-true", "Close.");
        await Seed.PublishedClaim(app, "Unemployment fell to a record low", "Ministry", "false", "No.");
        await using var web = await WebProcess.Start(app.Db.Options);
        using var http = await web.Client();
        await Seed.PublishedClaim(app, "Unemployment fell to a record low", "Ministry", "false", "No.");
        var search = await http.GetStringAsync("/claims?q=cargo+percent");
        Assert.Contains($"/claims/{slug}\"", search);
        Assert.DoesNotContain("Unemployment", search);
        Assert.Contains("Unemployment", await http.GetStringAsync("/claims?q=unemployment&rating=false"));
        Assert.Contains("No fact check matches these filters.", await http.GetStringAsync("/claims?q=unemployment&rating=true"));
        Assert.Contains("No fact check matches these filters.", await http.GetStringAsync("/claims?q=the"));
        // One analysis for the desk and the public: "Russia" finds "Russian", "shelling" finds "shelled".
        var (_, shelled) = await Seed.PublishedClaim(app, "Russian artillery shelled the grain port twice in May", "Port authority", "true", "Yes.");
        Assert.Contains($"/claims/{shelled}\"", await http.GetStringAsync("/claims?q=Russia+shelling"));
    }

    [Fact]
    public async Task The_public_routes_serve_pages_json_ld_images_feeds_and_exports()
    {
        await using var app = await TestApp.Start("sqlite");
        var (_, slug) = await Seed.PublishedClaim(app, "Cargo traffic rose 14 percent last year", "Port authority", "mostly-true", "Close.");
        await using var web = await WebProcess.Start(app.Db.Options);
        using var http = await web.Client();
        var page = await http.GetAsync($"/claims/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script type=\"application/ld+json\">", html);
        Assert.Contains($"<meta property=\"og:image\" content=\"{web.BaseAddress.ToString().TrimEnd('/')}/claims/{slug}.png\">", html);
        Assert.Contains("twitter:card", html);
        var png = await http.GetAsync($"/claims/{slug}.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
        Assert.Equal(1200, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(630, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.Equal("ClaimReview", JsonDocument.Parse(await http.GetStringAsync($"/claims/{slug}.jsonld")).RootElement.GetProperty("@type").GetString());
        Assert.Equal(1, JsonDocument.Parse(await http.GetStringAsync("/claims/claimreview.json")).RootElement.GetArrayLength());
        Assert.Contains(slug, await http.GetStringAsync("/claims"));
        Assert.Contains("<rss", await http.GetStringAsync("/claims/feed.rss"));
        Assert.Contains("<feed", await http.GetStringAsync("/claims/feed.atom"));
        Assert.Contains(slug, await http.GetStringAsync("/sitemap.xml"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/claims/{slug}/v1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/claims/{slug}/v9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/claims/no-such-card")).StatusCode);

        var dir = Directory.CreateTempSubdirectory("fc-export-").FullName;
        var env = new Dictionary<string, string>
        {
            ["FactCheck__Database__Provider"] = "sqlite", ["FactCheck__Database__ConnectionString"] = app.Db.Options.ConnectionString,
            ["FactCheck__Publishing__BaseUrl"] = web.BaseAddress.ToString().TrimEnd('/'),
        };
        var export = await Processes.Run(Processes.CliDll, dir, env, "publish", "export", Path.Combine(dir, "site"));
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("exported 1 card(s)", export.Stdout);
        foreach (var f in new[] { $"claims/{slug}/index.html", $"claims/{slug}/v1/index.html", $"claims/{slug}.jsonld", $"claims/{slug}.png", "claims/index.html", "claims/feed.rss", "claims/feed.atom", "claims/claimreview.json", "sitemap.xml" })
            Assert.True(File.Exists(Path.Combine(dir, "site", f)), f);
        Assert.Equal(html, File.ReadAllText(Path.Combine(dir, "site", "claims", slug, "index.html")));
        // Hosted anywhere, the exported pages still run no script and load images only from the site.
        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' data: {web.BaseAddress.GetLeftPart(UriPartial.Authority)};", html);
        Assert.Contains("http-equiv=\"Content-Security-Policy\"", File.ReadAllText(Path.Combine(dir, "site", "claims", "index.html")));
    }

    internal static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
