using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Features.Articles;
using FactCheck.Features.Claims;
using FactCheck.Features.Events;
using FactCheck.Features.Sources;
using FactCheck.Features.Verdicts;
using FactCheck.Jobs;
using FactCheck.Workflows;
using FactCheck.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.IntegrationTests;

/// <summary>
/// Issue 11: nothing the desk publishes puts words in a speaker's mouth, names the wrong publisher or leaks an internal
/// note, and every way a person can make it wrong is stoppable (refused with the reason) on the desk.
/// </summary>
public sealed class EditorialIntegrityTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    // Short texts of the sample's shapes, written for the tests.
    const string Article = """
        MINSK — President Aleksandr G. Lukashenko of Belarus hosted the Russian leader on Monday.
        In remarks reported by the state news agency Belta, Aleksandr G. Lukashenko insisted that his meeting with the Russian leader would focus on economic matters, particularly the price of Russian natural gas, on which Belarus is heavily dependent.
        But he conceded that “of course, we will not avoid” military issues.
        """;

    static async Task<(long Claim, long Article)> Ingested(TestApp app, string outlet = "Northern Wire")
    {
        var checker = await app.User("checker", "factchecker");
        var r = await app.Send(new IngestArticle.Command(Article, "Leaders meet in Minsk", outlet, "https://news.example/minsk-meeting", new DateTimeOffset(2022, 12, 19, 0, 0, 0, TimeSpan.Zero), All: true, Actor: checker));
        var insisted = r.Items.First(i => i.Attribution.Content.Text.Contains("economic matters"));
        return (insisted.ClaimId!.Value, r.ArticleId);
    }

    static async Task ToReview(TestApp app, long id, string user = "checker")
    {
        var checker = await app.User(user, "factchecker");
        await app.Send(new FireTrigger.Command(id, "start_lookup", checker));
        await app.Send(new AddSource.Command(id, checker, "https://belta.example/president/remarks", "primary", "Belta: remarks", "the talks will focus on the economy", true, IsOriginal: true));
        await app.Send(new FireTrigger.Command(id, "start_review", checker));
    }

    /// <summary>"Animal rights group Animal Justice said …": a body whose name reads like a person's ("Justice" is a surname too) opens
    /// as an organisation, as its card's schema.org type must say, because the article names its kind.</summary>
    [Theory, MemberData(nameof(Providers))]
    public async Task A_body_the_article_names_with_its_kind_opens_as_an_organisation(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var checker = await app.User("checker", "factchecker");
        const string body = "Rodeo\n\nCALGARY — Animal rights group Animal Justice said the chuckwagon races should end after a horse died on the final night.\n";
        var r = await app.Send(new IngestArticle.Command(body, "Rodeo", "Prairie Wire", "https://news.example/rodeo", null, All: true, Actor: checker));
        var id = Assert.Single(r.Items, i => i.Attribution.Content.Text.Contains("chuckwagon races")).ClaimId!.Value;
        Assert.Equal(("Animal Justice", "organization"), (await app.Scalar<string>("select speaker from claim where id = @id", new { id }),
            await app.Scalar<string>("select speaker_kind from claim where id = @id", new { id })));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Reported_speech_opens_as_a_neutral_statement_and_is_never_published_as_a_quote(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var (id, _) = await Ingested(app);
        var statement = await app.Scalar<string>("select text from claim where id = @id", new { id });
        Assert.StartsWith("Lukashenko’s meeting with the Russian leader would focus on economic matters", statement);
        Assert.Equal("person", await app.Scalar<string>("select speaker_kind from claim where id = @id", new { id }));

        // The checker trims the reporter's gloss; the journal keeps what was and what is.
        var checker = await app.User("checker", "factchecker");
        var edited = await app.Send(new EditClaim.Command(id, checker, Statement: "Lukashenko's meeting with Putin would focus on economic matters, particularly the price of Russian natural gas"));
        Assert.Contains(edited.Changes, c => c.StartsWith("statement: “Lukashenko’s meeting"));
        Assert.Equal(1, await app.Count("journal", "instance_id = @id and kind = 'edit' and note like '%→%'", new { id }));

        await ToReview(app, id);
        await app.Send(new SubmitVerdict.Command(id, checker, "mostly-true", "Belta carries the remark."));
        await app.Send(new FireTrigger.Command(id, "approve", await app.User("editor", "editor")));
        await app.Get<Worker>().RunDue();
        var slug = (await app.Scalar<string>("select slug from claim_card where claim_id = @id", new { id }))!;
        var card = (await Card(app, slug))!;
        var o = app.Get<PublishingOptions>();

        var page = CardRenderer.Page(card, [1], o);
        Assert.Empty(Quotes.NotInArticle(Visible(page), Article));
        Assert.DoesNotContain("“Lukashenko", Visible(page));
        var review = JsonDocument.Parse(CardRenderer.JsonLd(card, o)).RootElement;
        Assert.Equal("Lukashenko's meeting with Putin would focus on economic matters, particularly the price of Russian natural gas", review.GetProperty("claimReviewed").GetString());
        var item = review.GetProperty("itemReviewed");
        Assert.Equal(("Person", "Aleksandr G. Lukashenko"), (item.GetProperty("author").GetProperty("@type").GetString(), item.GetProperty("author").GetProperty("name").GetString()));
        // Where it appeared is the article, its outlet the publisher; the first appearance is the channel's original report.
        Assert.Equal(("https://news.example/minsk-meeting", "Northern Wire", "Leaders meet in Minsk"),
            (item.GetProperty("appearance").GetProperty("url").GetString(), item.GetProperty("appearance").GetProperty("publisher").GetProperty("name").GetString(),
             item.GetProperty("appearance").GetProperty("headline").GetString()));
        Assert.Equal(("https://belta.example/president/remarks", "Belta"),
            (item.GetProperty("firstAppearance").GetProperty("url").GetString(), item.GetProperty("firstAppearance").GetProperty("publisher").GetProperty("name").GetString()));
        foreach (var feed in new[] { CardRenderer.Rss([card], o), CardRenderer.Atom([card], o), CardRenderer.Index([card], o, 1, false, null, null) })
            Assert.Empty(Quotes.NotInArticle(Visible(feed), Article));
    }

    /// <summary>Words in quotation marks that are someone else's (a promise the speaker says was broken, a nickname) open no claim with
    /// them as the speaker's quote, so no card can show them as the speaker's words.</summary>
    [Theory, MemberData(nameof(Providers))]
    public async Task A_promise_quoted_inside_a_claim_is_never_the_speaker_s_quote(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var checker = await app.User("checker", "factchecker");
        const string body = "Promises\n\nHALIFAX — Liberal Leader Derek Mombourquette said Premier Tim Houston has broken his promise to \"fix health care\" by 2025.\n\n"
                            + "Health Minister Michelle Thompson called the Opposition's numbers \"cherry-picked.\"\n";
        var r = await app.Send(new IngestArticle.Command(body, "Promises", "Harbour Wire", "https://news.example/promises", null, All: true, Actor: checker));
        var broken = r.Items.Single(i => i.Attribution.Content.Text.Contains("fix health care")).ClaimId!.Value;
        var called = r.Items.Single(i => i.Attribution.Content.Text.Contains("cherry-picked")).ClaimId!.Value;
        Assert.Null(await app.Scalar<string>("select quote from claim where id = @broken", new { broken }));
        Assert.Equal("cherry-picked", await app.Scalar<string>("select quote from claim where id = @called", new { called }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Words_the_article_quotes_are_the_only_ones_in_quotation_marks_and_a_card_without_an_original_has_no_first_appearance(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var checker = await app.User("checker", "factchecker");
        var r = await app.Send(new IngestArticle.Command(Article, "Leaders meet in Minsk", "Northern Wire", "https://news.example/minsk", null, All: true, Actor: checker));
        var conceded = r.Items.First(i => i.Attribution.Content.Text.Contains("we will not avoid")).ClaimId!.Value;
        await app.Send(new FireTrigger.Command(conceded, "start_lookup", checker));
        await app.Send(new AddSource.Command(conceded, checker, "https://belta.example/x", "primary"));
        await app.Send(new FireTrigger.Command(conceded, "start_review", checker));
        await app.Send(new SubmitVerdict.Command(conceded, checker, "true", "He said so."));
        await app.Send(new FireTrigger.Command(conceded, "approve", await app.User("editor", "editor")));
        await app.Get<Worker>().RunDue();
        var card = (await Card(app, (await app.Scalar<string>("select slug from claim_card where claim_id = @conceded", new { conceded }))!))!;
        Assert.Equal("of course, we will not avoid", card.Quote);
        var page = CardRenderer.Page(card, [1], app.Get<PublishingOptions>());
        Assert.Contains("“of course, we will not avoid”", page);
        Assert.Empty(Quotes.NotInArticle(Visible(page), Article));
        Assert.False(JsonDocument.Parse(CardRenderer.JsonLd(card, app.Get<PublishingOptions>())).RootElement.GetProperty("itemReviewed").TryGetProperty("firstAppearance", out _));
        // A quote the article does not have in quotation marks is never published as one.
        Assert.False(Quotes.IsQuotedIn(Article, "his meeting with the Russian leader would focus on economic matters"));
        Assert.True(Quotes.IsQuotedIn("He said: «of  course, we will not avoid».", "of course, we will not avoid"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Send_back_supersedes_the_verdict_refuses_it_unchanged_and_tells_the_checker(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var (id, _) = await Ingested(app);
        var checker = await app.User("checker", "factchecker");
        var other = await app.User("checker2", "factchecker");
        var editor = await app.User("editor", "editor");
        await app.Send(new TakeClaim.Command(id, checker));
        await ToReview(app, id);

        var noRating = await Assert.ThrowsAsync<InputException>(() => app.Send(new SubmitVerdict.Command(id, checker, "", "It is so.")));
        Assert.Contains("choose a rating", noRating.Message);
        await app.Send(new SubmitVerdict.Command(id, checker, "mostly-true", "Belta carries the remark.", "See **Belta**."));
        await app.Send(new FireTrigger.Command(id, "send_back", editor, "Quote the military remark too."));

        Assert.NotNull(await app.Scalar<DateTimeOffset?>("select superseded_at from verdict where claim_id = @id", new { id }));
        var fire = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new FireTrigger.Command(id, "submit_verdict", checker)));
        Assert.Contains("the last verdict was sent back: write a new verdict first", fire.Message);
        var unchanged = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new SubmitVerdict.Command(id, checker, "mostly-true", "Belta carries the remark.", "See **Belta**.")));
        Assert.Contains("unchanged", unchanged.Message);
        Assert.Equal(1, await app.Count("verdict", "claim_id = @id", new { id })); // the refused one was not kept

        var shown = await app.Send(new GetClaim.Query(id, checker));
        Assert.Equal("Quote the military remark too.", shown.SentBack?.Note);
        Assert.Null(shown.Verdict);
        Assert.Equal("mostly-true", shown.Draft?.Rating); // the new verdict form starts from the old one

        // The checker holding the claim is told, and nobody else is.
        var mine = await app.Send(new ListEvents.Query(Roles: checker.Roles, UserId: checker.UserId));
        Assert.Contains(mine, e => e.Event == "verdict_sent_back" && e.ClaimId == id && e.Text.Contains("Quote the military remark too."));
        var theirs = await app.Send(new ListEvents.Query(Roles: other.Roles, UserId: other.UserId));
        Assert.DoesNotContain(theirs, e => e.Event == "verdict_sent_back");

        await app.Send(new SubmitVerdict.Command(id, checker, "mixed", "Economy first, but he conceded military issues too.", "See **Belta**."));
        var after = await app.Send(new GetClaim.Query(id, checker));
        Assert.Equal(("mixed", 2), (after.Verdict?.Rating, after.History.Count));
        Assert.Null(after.SentBack);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Evidence_is_frozen_in_approval_and_editable_before_and_the_claim_is_editable_only_by_desk_roles(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var (id, _) = await Ingested(app);
        var checker = await app.User("checker", "factchecker");
        var editor = await app.User("editor", "editor");
        var admin = await app.User("root", "admin");
        await app.Send(new FireTrigger.Command(id, "start_lookup", checker));
        var wrong = (await app.Send(new AddSource.Command(id, checker, "https://example.org/wrong", "primary"))).SourceId;
        var right = (await app.Send(new AddSource.Command(id, checker, "https://belta.example/remarks", "secondary"))).SourceId;
        await app.Send(new EditSource.Command(right, checker, "https://belta.example/remarks", "primary", "Belta", "the economy first", true, IsOriginal: true));
        await app.Send(new EditSource.Remove(wrong, checker, "Not the speaker's words."));
        Assert.Equal(1, await app.Count("journal", "instance_id = @id and kind = 'source.edit' and note like '%kind: secondary → primary%'", new { id }));
        Assert.Equal(1, await app.Count("journal", "instance_id = @id and kind = 'source.remove'", new { id }));
        await app.Send(new FireTrigger.Command(id, "start_review", checker));
        await app.Send(new SubmitVerdict.Command(id, checker, "mostly-true", "Belta carries the remark."));
        Assert.Equal(new long[] { right }, await CitedBy(app, id)); // a removed source is never cited

        var add = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new AddSource.Command(id, checker, "https://example.org/late", "secondary")));
        Assert.Contains("while the verdict awaits an editor's approval", add.Message);
        await Assert.ThrowsAsync<RefusedException>(() => app.Send(new EditSource.Command(right, checker, "https://example.org/other", "primary")));
        await Assert.ThrowsAsync<RefusedException>(() => app.Send(new EditSource.Remove(right, editor)));
        Assert.Equal(2, await app.Count("source", "claim_id = @id", new { id }));

        var stale = await Assert.ThrowsAsync<ConflictException>(() => app.Send(new EditClaim.Command(id, checker, Speaker: "Someone", ExpectedVersion: 0)));
        Assert.Contains("changed by someone else", stale.Message);
        var byAdmin = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new EditClaim.Command(id, admin, Speaker: "Someone else")));
        Assert.Contains("needs the role factchecker or editor", byAdmin.Message);

        // An edit while the verdict awaits approval withdraws it: the editor never approves a claim that changed under them.
        var edit = await app.Send(new EditClaim.Command(id, checker, Channel: "Belta news agency"));
        Assert.Equal("review", edit.State);
        Assert.NotNull(await app.Scalar<DateTimeOffset?>("select superseded_at from verdict where claim_id = @id", new { id }));
        Assert.Equal(1, await app.Count("journal", "instance_id = @id and trigger_name = 'revise'", new { id }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_published_claim_is_edited_only_after_a_correction_and_an_archived_one_can_be_reopened(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var (id, _) = await Seed.PublishedClaim(app, "The quay will be finished by March", "Port of Elling");
        var checker = await app.User("pub-checker");
        var editor = await app.User("pub-editor");
        var published = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new EditClaim.Command(id, checker, Statement: "Something else")));
        Assert.Contains("corrects it first", published.Message);

        var other = (await app.Send(new AddClaim.Command("The ferry will run daily", "Ferry company"))).Id;
        var noArticle = await Assert.ThrowsAsync<InputException>(() => app.Send(new EditClaim.Command(other, checker, ArticleUrl: "https://example.org/a")));
        Assert.Equal("articleUrl", noArticle.Errors.Single().Field);
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new AddClaim.Command("Words", "Someone", ArticleId: 999, Evidence: "Words")));
        await app.Send(new FireTrigger.Command(other, "archive", checker, "Not check-worthy."));
        var notChecker = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new FireTrigger.Command(other, "reopen", checker, "Back.")));
        Assert.Contains("needs the role editor", notChecker.Message);
        var reopened = await app.Send(new FireTrigger.Command(other, "reopen", editor, "It is check-worthy after all: the schedule changed."));
        Assert.Equal(("archived", "intake"), (reopened.From, reopened.To));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Approving_while_a_similar_card_is_published_needs_the_editor_to_say_how_they_relate(string provider)
    {
        await using var app = await TestApp.Start(provider);
        await Seed.PublishedClaim(app, "Cargo traffic at the port rose 14 percent last year", "Port authority", rating: "false");
        var checker = await app.User("checker", "factchecker");
        var editor = await app.User("editor", "editor");
        var id = (await app.Send(new AddClaim.Command("Cargo traffic at the port rose 14 percent last year", "Harbour master"))).Id;
        await ToReview(app, id);
        await app.Send(new SubmitVerdict.Command(id, checker, "mostly-true", "The annual report says 13.6 percent."));

        var silent = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new FireTrigger.Command(id, "approve", editor)));
        Assert.Contains("a card on a similar claim is already published", silent.Message);
        Assert.Contains("rated False", silent.Message);
        await Assert.ThrowsAsync<InputException>(() => app.Send(new FireTrigger.Command(id, "approve", editor, Relation: "maybe")));
        var approved = await app.Send(new FireTrigger.Command(id, "approve", editor, Relation: "supersedes"));
        Assert.Equal("publishing", approved.To);
        Assert.Contains("supersedes", await app.Scalar<string>("select payload from journal where instance_id = @id and trigger_name = 'approve'", new { id }));
    }

    [Fact]
    public async Task Every_demo_card_quotes_only_what_the_article_quotes_and_names_the_article_as_where_it_appeared()
    {
        await using var app = await TestApp.Start("sqlite");
        await using (var scope = app.Services.CreateAsyncScope())
            await Features.Demo.SeedDemo.Seed(scope.ServiceProvider.GetRequiredService<global::Mediator.IMediator>(), scope.ServiceProvider);
        var o = app.Get<PublishingOptions>();
        var body = await app.Scalar<string>("select body from article");
        await using var session = app.Services.CreateAsyncScope();
        var db = session.ServiceProvider.GetRequiredService<Data.DbSession>();
        var cards = await CardSql.Latest(db);
        Assert.Equal(3, cards.Count);
        foreach (var card in cards)
        {
            foreach (var version in await CardSql.Versions(db, card.Slug))
            {
                var v = (await CardSql.Get(db, card.Slug, version))!;
                var page = CardRenderer.Page(v, await CardSql.Versions(db, card.Slug), o);
                Assert.True(Quotes.NotInArticle(Visible(page), body).Count == 0, $"{card.Slug} v{version} quotes what the article does not: {string.Join(" | ", Quotes.NotInArticle(Visible(page), body))}");
                var review = JsonDocument.Parse(CardRenderer.JsonLd(v, o)).RootElement;
                Assert.Empty(Quotes.NotInArticle(review.GetProperty("claimReviewed").GetString(), body));
                var appearance = review.GetProperty("itemReviewed").GetProperty("appearance");
                Assert.Equal(("https://demo-gazette.example/2026/port-elling-new-quay", "Demo Gazette"),
                    (appearance.GetProperty("url").GetString(), appearance.GetProperty("publisher").GetProperty("name").GetString()));
            }
        }
        foreach (var feed in new[] { CardRenderer.Rss(cards, o), CardRenderer.Atom(cards, o), CardRenderer.Index(cards, o, 1, false, null, null) })
            Assert.Empty(Quotes.NotInArticle(Visible(feed), body));
        // The corrected card shows the public text, never the editor's internal note.
        var corrected = cards.Single(c => c.Version == 2);
        var correctedPage = CardRenderer.Page(corrected, [1, 2], o);
        Assert.Contains("not since 2009", correctedPage);
        Assert.DoesNotContain("Internal:", correctedPage);
    }

    static async Task<Card?> Card(TestApp app, string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await CardSql.Get(scope.ServiceProvider.GetRequiredService<Data.DbSession>(), slug);
    }

    static async Task<long[]> CitedBy(TestApp app, long id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.DbSession>();
        return (await Dapper.SqlMapper.QueryAsync<long>(await db.Connection(), "select vs.source_id from verdict_source vs join verdict v on v.id = vs.verdict_id where v.claim_id = @id", new { id })).ToArray();
    }

    /// <summary>What a reader sees of a page or feed: text without tags, scripts and styles, entities decoded.</summary>
    static string Visible(string markup)
    {
        var text = Regex.Replace(markup, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, "<[^>]+>", " ");
        text = Regex.Replace(text, @"<\?xml[^>]*\?>", " ");
        return WebUtility.HtmlDecode(WebUtility.HtmlDecode(text));
    }
}
