using FactCheck.Data;
using FactCheck.Publishing;
using Microsoft.Extensions.Caching.Memory;

namespace FactCheck.Web;

/// <summary>The public site: claim cards, their ClaimReview JSON-LD and share images, the index, feeds and sitemap. No sign-in.</summary>
public static class PublicCards
{
    const int PageSize = 30;

    public static void Map(WebApplication app)
    {
        app.MapGet("/claims", async (DbSession db, PublishingOptions o, int? page, string? rating, string? speaker, string? q) =>
        {
            var p = Math.Max(1, page ?? 1);
            var cards = await CardSql.Latest(db, Blank(rating), Blank(speaker), (p - 1) * PageSize, PageSize + 1, words: Blank(q));
            return Results.Content(CardRenderer.Index(cards.Take(PageSize).ToList(), o, p, cards.Count > PageSize, Blank(rating), Blank(speaker), Blank(q)), "text/html; charset=utf-8");
        });
        app.MapGet("/claims/feed.rss", async (DbSession db, PublishingOptions o) =>
            Results.Content(CardRenderer.Rss(await CardSql.Latest(db, take: 50), o), "application/rss+xml; charset=utf-8"));
        app.MapGet("/claims/feed.atom", async (DbSession db, PublishingOptions o) =>
            Results.Content(CardRenderer.Atom(await CardSql.Latest(db, take: 50), o), "application/atom+xml; charset=utf-8"));
        app.MapGet("/claims/claimreview.json", async (DbSession db, PublishingOptions o) =>
            Results.Content(CardRenderer.AllClaimReviews(await CardSql.Latest(db), o), "application/json; charset=utf-8"));
        app.MapGet("/sitemap.xml", async (DbSession db, PublishingOptions o) =>
            Results.Content(CardRenderer.Sitemap(await CardSql.Latest(db), o), "application/xml; charset=utf-8"));
        app.MapGet("/claims/{slug}.jsonld", async (string slug, DbSession db, PublishingOptions o) =>
            await CardSql.Get(db, slug) is { } card ? Results.Content(CardRenderer.JsonLd(card, o), "application/ld+json; charset=utf-8") : Results.NotFound());
        // Drawing a share image takes ~25 ms; each card version's image never changes, so it is drawn once per process.
        app.MapGet("/claims/{slug}.png", async (string slug, DbSession db, PublishingOptions o, IMemoryCache cache, HttpContext http) =>
        {
            if (await CardSql.Get(db, slug) is not { } card) return Results.NotFound();
            var png = await cache.GetOrCreateAsync(("share-image", slug, card.Version), e =>
            {
                e.SlidingExpiration = TimeSpan.FromHours(1);
                e.Size = 1;
                return Task.FromResult(ShareImage.Png(card, o));
            });
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.File(png!, "image/png", entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{card.Slug}-v{card.Version}\""));
        });
        app.MapGet("/claims/{slug}", (string slug, DbSession db, PublishingOptions o) => Card(slug, null, db, o));
        app.MapGet("/claims/{slug}/v{version:int}", (string slug, int version, DbSession db, PublishingOptions o) => Card(slug, version, db, o));
    }

    static async Task<IResult> Card(string slug, int? version, DbSession db, PublishingOptions o)
    {
        var card = await CardSql.Get(db, slug, version);
        if (card is null) return Results.NotFound();
        return Results.Content(CardRenderer.Page(card, await CardSql.Versions(db, slug), o), "text/html; charset=utf-8");
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
