using FactCheck.Features.Articles;

namespace FactCheck.IntegrationTests;

public class IngestArticleTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    const string Article = """
        President Aleksandar M. Vucic of Serbia hosts the Hungarian prime minister on Monday.
        In remarks reported by the state news agency Tanjug, the Serbian strongman insisted that the meeting would focus on energy prices, which rose 12 percent in March.
        But many economists believe that prices will fall.
        """;

    [Theory, MemberData(nameof(Providers))]
    public async Task Opens_a_claim_per_worthy_attribution_once_per_article(string provider)
    {
        await using var app = await TestApp.Start(provider);

        var first = await app.Send(new IngestArticle.Command(Article, "Vucic hosts Orban", "Example Wire", "https://example.org/a", new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)));

        Assert.True(first.Created);
        Assert.Contains(first.Items, i => i.Attribution.Speaker == "many economists" && i.ClaimId is null); // the belief scores below 0.4 and waits
        var opened = Assert.Single(first.Items, i => i.ClaimId is not null); // anything else found scores below 0.4 too
        Assert.Equal(("Aleksandar M. Vucic", "Tanjug"), (await app.Scalar<string>("select speaker from claim where id = @ClaimId", opened), await app.Scalar<string>("select channel from claim where id = @ClaimId", opened)));
        Assert.Equal("The meeting would focus on energy prices, which rose 12 percent in March", await app.Scalar<string>("select text from claim where id = @ClaimId", opened));
        Assert.Equal(opened.Attribution.Content.Start, await app.Scalar<long>("select span_start from claim where id = @ClaimId", opened));
        Assert.Equal(first.ArticleId, await app.Scalar<long>("select article_id from claim where id = @ClaimId", opened));
        Assert.Equal("intake", await app.Scalar<string>("select state from claim where id = @ClaimId", opened));
        Assert.Equal("Example Wire", await app.Scalar<string>("select outlet from article where id = @ArticleId", first));

        // The same article again, re-wrapped and in other case: nothing new.
        var again = await app.Send(new IngestArticle.Command(Article.Replace("\n", "\r\n  ").ToUpperInvariant()));
        Assert.False(again.Created);
        Assert.Equal(first.ArticleId, again.ArticleId);
        Assert.Equal((1L, 1L), (await app.Count("article"), await app.Count("claim")));
    }

    [Fact]
    public async Task A_preview_then_an_open_extracts_the_article_once_and_opens_what_the_preview_listed()
    {
        await using var app = await TestApp.Start("sqlite");
        var extractions = app.Get<ArticleExtractions>();
        var preview = await app.Send(new PreviewArticle.Query(Article));
        Assert.Equal(preview.Attributions.Count, preview.Same.Count);
        Assert.All(preview.Same, Assert.Null); // nothing on the desk yet
        Assert.Equal(0, extractions.Reused);

        var tanjug = preview.Attributions.Select((a, i) => (a, i)).First(x => x.a.Channel == "Tanjug").i + 1;
        var opened = await app.Send(new IngestArticle.Command(Article, Selected: [tanjug]));
        Assert.Equal(1, extractions.Reused); // the open used the preview's extraction
        Assert.Equal(preview.Attributions.Select(a => (a.Speaker, a.Content.Start)), opened.Items.Select(i => (i.Attribution.Speaker, i.Attribution.Content.Start)));
        Assert.Equal("Aleksandar M. Vucic", await app.Scalar<string>("select speaker from claim where id = @ClaimId", Assert.Single(opened.Items, i => i.ClaimId is not null)));

        // A text the node has not seen is extracted afresh; the same claim is now marked on its preview.
        var again = await app.Send(new PreviewArticle.Query(Article + "\nA later paragraph."));
        Assert.Equal(1, extractions.Reused);
        Assert.NotNull(again.Same[tanjug - 1]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task All_opens_every_attribution_and_a_selection_opens_just_those(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var all = await app.Send(new IngestArticle.Command(Article, All: true));
        Assert.True(all.Opened >= 2);
        Assert.Equal(all.Items.Count, all.Opened);
        var picked = await app.Send(new IngestArticle.Command(Article + "\nA second edition.", Selected: [2]));
        Assert.Equal([2], picked.Items.Where(i => i.ClaimId is not null).Select(i => i.Index));
        Assert.Equal(all.Opened + 1, await app.Count("claim"));
        var empty = await Assert.ThrowsAsync<InputException>(() => app.Send(new IngestArticle.Command("   ")));
        Assert.Equal(("Text", "the article is empty"), Assert.Single(empty.Errors));
    }
}
