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
        app.MapGet("/claims", async (DbSession db, PublicLinks o, int? page, string? rating, string? speaker, string? q) =>
        {
            var p = Paging.Clamp(page);
            var cards = await CardSql.Latest(db, Blank(rating), Blank(speaker), (int)Paging.Skip(p, PageSize), PageSize + 1, words: Blank(q));
            return Results.Content(CardRenderer.Index(cards.Take(PageSize).ToList(), o.Options, p, cards.Count > PageSize, Blank(rating), Blank(speaker), Blank(q)), "text/html; charset=utf-8");
        });
        app.MapGet("/claims/feed.rss", async (DbSession db, PublicLinks o) =>
            Results.Content(CardRenderer.Rss(await CardSql.Latest(db, take: 50), o.Options), "application/rss+xml; charset=utf-8"));
        app.MapGet("/claims/feed.atom", async (DbSession db, PublicLinks o) =>
            Results.Content(CardRenderer.Atom(await CardSql.Latest(db, take: 50), o.Options), "application/atom+xml; charset=utf-8"));
        app.MapGet("/claims/claimreview.json", async (DbSession db, PublicLinks o) =>
            Results.Content(CardRenderer.AllClaimReviews(await CardSql.Latest(db), o.Options), "application/json; charset=utf-8"));
        app.MapGet("/sitemap.xml", async (DbSession db, PublicLinks o) =>
            Results.Content(CardRenderer.Sitemap(await CardSql.Latest(db), o.Options), "application/xml; charset=utf-8"));
        app.MapGet("/claims/{slug}.jsonld", async (string slug, DbSession db, PublicLinks o) =>
            await CardSql.Get(db, slug) is { } card ? Results.Content(CardRenderer.JsonLd(card, o.Options), "application/ld+json; charset=utf-8") : Results.NotFound());
        // Drawing a share image takes ~25 ms; each card version's image never changes, so it is drawn once per process.
        app.MapGet("/claims/{slug}.png", async (string slug, DbSession db, PublicLinks o, IMemoryCache cache, HttpContext http) =>
        {
            if (await CardSql.Get(db, slug) is not { } card) return Results.NotFound();
            var png = await cache.GetOrCreateAsync(("share-image", slug, card.Version), e =>
            {
                e.SlidingExpiration = TimeSpan.FromHours(1);
                e.Size = 1;
                return Task.FromResult(ShareImage.Png(card, o.Options));
            });
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.File(png!, "image/png", entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{card.Slug}-v{card.Version}\""));
        });
        app.MapGet("/claims/{slug}", (string slug, DbSession db, PublicLinks o) => Card(slug, null, db, o));
        app.MapGet("/claims/{slug}/v{version:int}", (string slug, int version, DbSession db, PublicLinks o) => Card(slug, version, db, o));
    }

    static async Task<IResult> Card(string slug, int? version, DbSession db, PublicLinks o)
    {
        var card = await CardSql.Get(db, slug, version);
        if (card is null) return Results.NotFound();
        return Results.Content(CardRenderer.Page(card, await CardSql.Versions(db, slug), o.Options), "text/html; charset=utf-8");
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>
/// The publishing settings for one request: as configured, or — when FactCheck:Publishing:BaseUrl is not set — with
/// links to the address the request came to (behind a known proxy, its forwarded scheme and host), so public links
/// work on whatever address the desk is served from.
/// </summary>
public sealed class PublicLinks(PublishingOptions options)
{
    public PublishingOptions Options { get; } = options;

    public static ValueTask<PublicLinks?> BindAsync(HttpContext http)
    {
        var o = http.RequestServices.GetRequiredService<PublishingOptions>();
        return ValueTask.FromResult<PublicLinks?>(new(o.BaseUrlConfigured ? o : o.WithBaseUrl($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}")));
    }
}
