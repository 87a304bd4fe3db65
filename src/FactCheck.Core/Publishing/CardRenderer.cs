using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using FactCheck.Workflow;

namespace FactCheck.Publishing;

/// <summary>
/// Renders published cards: the HTML page, schema.org ClaimReview JSON-LD, the index, RSS 2.0 and Atom feeds, the
/// sitemap. Pure functions of the cards and the options, so the web app and the static export serve the same bytes.
/// </summary>
public static class CardRenderer
{
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = true };
    static string H(string? s) => WebUtility.HtmlEncode(s ?? "");
    static string Iso(DateTimeOffset d) => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>schema.org ClaimReview for one card version.</summary>
    public static Dictionary<string, object?> ClaimReview(Card card, PublishingOptions o)
    {
        var rating = card.RatingInfo;
        // Where the claim appeared is the article (its outlet the publisher), never the channel it quoted; the channel's own
        // item is the first appearance only when a checker marked a primary source as that original.
        Dictionary<string, object?>? appearance = Safe(card.AppearedUrl) is null && card.AppearedTitle is null ? null : new()
        {
            ["@type"] = "CreativeWork",
            ["url"] = Safe(card.AppearedUrl),
            ["headline"] = card.AppearedTitle,
            ["datePublished"] = card.AppearedAt is { } a ? Iso(a) : null,
            ["publisher"] = card.Outlet is null ? null : new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = card.Outlet },
        };
        Dictionary<string, object?>? first = Safe(card.OriginalUrl) is not { } original ? null : new()
        {
            ["@type"] = "CreativeWork",
            ["url"] = original,
            ["headline"] = card.OriginalTitle,
            ["publisher"] = card.Channel is null ? null : new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = card.Channel },
        };
        var kind = card.SpeakerKind ?? SpeakerKinds.Kind(card.Speaker);
        var review = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = o.CardUrl(card.Slug),
            ["claimReviewed"] = card.ClaimText,
            ["datePublished"] = Iso(card.FirstPublishedAt),
            ["dateModified"] = Iso(card.PublishedAt),
            ["inLanguage"] = o.Language,
            ["author"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = o.OrganizationName, ["url"] = o.OrganizationUrl },
            ["reviewRating"] = new Dictionary<string, object?>
            {
                ["@type"] = "Rating", ["ratingValue"] = rating.Value, ["bestRating"] = Ratings.Best, ["worstRating"] = Ratings.Worst,
                ["alternateName"] = rating.Label,
            },
            ["itemReviewed"] = new Dictionary<string, object?>
            {
                ["@type"] = "Claim",
                ["author"] = card.Speaker is null ? null : new Dictionary<string, object?>
                {
                    ["@type"] = kind == SpeakerKinds.Person ? "Person" : "Organization", ["name"] = card.Speaker,
                    ["jobTitle"] = kind == SpeakerKinds.Person ? card.SpeakerRole : null,
                },
                ["datePublished"] = card.AppearedAt is { } d ? Iso(d) : null,
                ["appearance"] = appearance,
                ["firstAppearance"] = first,
            },
            ["description"] = card.Summary,
        };
        if (card.Corrections.Count > 0)
            review["correction"] = card.Corrections.Select(c => new Dictionary<string, object?>
            {
                ["@type"] = "CorrectionComment", ["text"] = c.Note, ["datePublished"] = Iso(c.At), ["url"] = o.CardUrl(card.Slug, c.Version),
            }).ToList();
        return Prune(review);
    }

    public static string JsonLd(Card card, PublishingOptions o) => JsonSerializer.Serialize(ClaimReview(card, o), Json);

    public static string AllClaimReviews(IEnumerable<Card> cards, PublishingOptions o) =>
        JsonSerializer.Serialize(cards.Select(c => ClaimReview(c, o)), Json);

    static Dictionary<string, object?> Prune(Dictionary<string, object?> d)
    {
        foreach (var key in d.Keys.ToList())
        {
            if (d[key] is Dictionary<string, object?> inner) d[key] = Prune(inner);
            if (d[key] is null) d.Remove(key);
        }
        return d;
    }

    static string Colour(Card card) => card.RatingInfo.Value switch
    {
        <= 1 => "#b3261e", 2 => "#c4501b", 3 => "#8a5a00", 4 => "#3b7d23", _ => "#146c2e",
    };

    const string Style = """
        body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;background:#fafafa}
        header,main,footer{max-width:46rem;margin:0 auto;padding:1rem 1.2rem}
        header a{font-weight:700;color:#1d1d1f;text-decoration:none}
        .badge{display:inline-block;padding:.25rem .8rem;border-radius:1rem;color:#fff;font-weight:700}
        .statement{font-size:1.3rem;margin:1rem 0}
        .statement .label{display:block;font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#5f6368}
        blockquote{font-size:1.15rem;margin:1rem 0;padding-left:1rem;border-left:4px solid #d9d9de}
        blockquote footer{font-size:.9rem;color:#5f6368}
        .meta,.muted{color:#5f6368;font-size:.95rem}
        .correction{background:#fff4e5;border-left:4px solid #8a5a00;padding:.6rem .9rem;margin:1rem 0}
        a{color:#0b57d0} img{max-width:100%;height:auto} li{margin-bottom:.4rem}
        """;

    public static string Page(Card card, IReadOnlyList<int> versions, PublishingOptions o)
    {
        var url = o.CardUrl(card.Slug, card.Version == versions.Max() ? null : card.Version);
        var image = $"{o.CardUrl(card.Slug)}.png";
        var title = $"{card.RatingInfo.Label}: {card.ClaimText}";
        var sb = new StringBuilder();
        sb.Append($"""
            <!DOCTYPE html>
            <html lang="{H(o.Language)}">
            <head>
            <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{Csp(o)}
            <title>{H(title)} · {H(o.OrganizationName)}</title>
            <meta name="description" content="{H(card.Summary)}">
            <link rel="canonical" href="{H(o.CardUrl(card.Slug))}">
            <meta property="og:type" content="article"><meta property="og:title" content="{H(title)}">
            <meta property="og:description" content="{H(card.Summary)}"><meta property="og:url" content="{H(url)}">
            <meta property="og:image" content="{H(image)}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
            <meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{H(title)}">
            <meta name="twitter:description" content="{H(card.Summary)}"><meta name="twitter:image" content="{H(image)}">
            <script type="application/ld+json">{JsonLd(card, o)}</script>
            <style>{Style}</style>
            </head>
            <body>
            <header><a href="{H(o.BaseUrl.TrimEnd('/'))}/claims">{H(o.OrganizationName)}</a></header>
            <main>
            <article>
            <p><span class="badge" style="background:{Colour(card)}">{H(card.RatingInfo.Label)}</span></p>
            <h1>{H(card.Summary)}</h1>
            <p class="statement"><span class="label">The claim</span> {H(card.ClaimText)}</p>
            {(card.Quote is null ? "" : $"<blockquote>“{H(card.Quote)}”<footer>— {H(card.Speaker ?? "the speaker")}, as quoted in the article</footer></blockquote>")}
            <p class="meta">Claimed by <strong>{H(card.Speaker ?? "an unknown speaker")}</strong>{(card.SpeakerRole is { Length: > 0 } role ? ", " + H(role) : "")}{(card.Channel is null ? "" : $", via {H(card.Channel)}")}{(card.AppearedAt is { } d ? $", {d:d MMMM yyyy}" : "")}{(Safe(card.AppearedUrl) is not { } appeared ? (card.Outlet is null ? "" : $" · reported in {H(card.Outlet)}") : $" · reported in <a href=\"{H(appeared)}\" rel=\"nofollow noopener\">{H(card.Outlet ?? card.AppearedTitle ?? "the article")}</a>")}</p>
            """);
        foreach (var c in card.Corrections)
            sb.Append($"""<aside class="correction" role="note"><strong>Correction ({c.At:d MMMM yyyy}):</strong> {H(c.Note)} <a href="{H(o.CardUrl(card.Slug, c.Version - 1))}">See the earlier version</a>.</aside>""").Append('\n');
        if (!string.IsNullOrWhiteSpace(card.Rationale)) sb.Append("<h2>Why</h2>\n").Append(SafeMarkdown.ToSafeHtml(card.Rationale)).Append('\n');
        if (card.Sources.Count > 0)
        {
            sb.Append("<h2>Sources</h2>\n<ul>\n");
            foreach (var s in card.Sources) sb.Append($"""<li>{H(s.Kind)}: <a href="{H(Safe(s.Url) ?? "#")}" rel="nofollow noopener">{H(s.Title ?? s.Url)}</a></li>""").Append('\n');
            sb.Append("</ul>\n");
        }
        sb.Append($"""<img src="{H(image)}" alt="Share image: {H(card.RatingInfo.Label)}, {H(card.ClaimText)}" width="1200" height="630">""").Append('\n');
        sb.Append($"""<p class="meta">Published {card.FirstPublishedAt:d MMMM yyyy}{(card.Version > 1 ? $", updated {card.PublishedAt:d MMMM yyyy}" : "")}""");
        if (o.ShowReviewers) sb.Append($" · reviewed by {H(card.Reviewer)}{(card.Approver is null ? "" : $", approved by {H(card.Approver)}")}");
        sb.Append(" · version ").Append(card.Version);
        if (versions.Count > 1) sb.Append(" · versions: ").Append(string.Join(", ", versions.Select(v => $"""<a href="{H(o.CardUrl(card.Slug, v))}">v{v}</a>""")));
        sb.Append("</p>\n</article>\n</main>\n");
        sb.Append($"""<footer class="muted"><a href="{H(o.CardUrl(card.Slug))}.jsonld">ClaimReview JSON-LD</a> · <a href="{H(o.BaseUrl.TrimEnd('/'))}/claims/feed.rss">RSS</a> · <a href="{H(o.BaseUrl.TrimEnd('/'))}/claims/feed.atom">Atom</a></footer>""");
        sb.Append("\n</body>\n</html>\n");
        return sb.ToString();
    }

    public static string Index(IReadOnlyList<Card> cards, PublishingOptions o, int page, bool hasMore, string? rating, string? speaker, string? words = null)
    {
        // Paging keeps the filters.
        string PageLink(int p) => "?" + string.Join("&amp;", new[] { ("q", words), ("rating", rating), ("speaker", speaker), ("page", p.ToString(CultureInfo.InvariantCulture)) }
            .Where(kv => !string.IsNullOrEmpty(kv.Item2)).Select(kv => kv.Item1 + "=" + Uri.EscapeDataString(kv.Item2!)));
        var baseUrl = o.BaseUrl.TrimEnd('/');
        var sb = new StringBuilder($"""
            <!DOCTYPE html>
            <html lang="{H(o.Language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{Csp(o)}
            <title>Fact checks · {H(o.OrganizationName)}</title>
            <link rel="alternate" type="application/rss+xml" href="{baseUrl}/claims/feed.rss" title="RSS">
            <link rel="alternate" type="application/atom+xml" href="{baseUrl}/claims/feed.atom" title="Atom">
            <style>{Style}</style></head><body>
            <header><a href="{baseUrl}/claims">{H(o.OrganizationName)}</a></header>
            <main><h1>Fact checks</h1>
            <form method="get"><label>Rating <select name="rating"><option value="">any</option>
            """);
        foreach (var r in Ratings.Scale) sb.Append($"""<option value="{H(r.Name)}"{(r.Name == rating ? " selected" : "")}>{H(r.Label)}</option>""");
        sb.Append($"""</select></label> <label>Speaker <input name="speaker" value="{H(speaker)}"></label> <label>Words <input type="search" name="q" value="{H(words)}"></label> <button type="submit">Filter</button></form>""").Append("\n<ul>\n");
        foreach (var c in cards)
            sb.Append($"""<li><span class="badge" style="background:{Colour(c)}">{H(c.RatingInfo.Label)}</span> <a href="{H(o.CardUrl(c.Slug))}">{H(c.ClaimText)}</a> <span class="muted">— {H(c.Speaker)}, {c.PublishedAt:d MMM yyyy}</span></li>""").Append('\n');
        if (cards.Count == 0) sb.Append(rating is null && speaker is null && words is null ? "<li class=\"muted\">No published fact checks yet.</li>\n" : "<li class=\"muted\">No fact check matches these filters.</li>\n");
        sb.Append("</ul>\n<p>");
        if (page > 1) sb.Append($"""<a href="{PageLink(page - 1)}">← newer</a> """);
        if (hasMore) sb.Append($"""<a href="{PageLink(page + 1)}">older →</a>""");
        sb.Append("</p></main></body></html>\n");
        return sb.ToString();
    }

    public static string Rss(IReadOnlyList<Card> cards, PublishingOptions o) => Xml(w =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteStartElement("channel");
        w.WriteElementString("title", $"{o.OrganizationName}: fact checks");
        w.WriteElementString("link", $"{o.BaseUrl.TrimEnd('/')}/claims");
        w.WriteElementString("description", $"Claims reviewed by {o.OrganizationName}");
        w.WriteElementString("language", o.Language);
        if (cards.Count > 0) w.WriteElementString("lastBuildDate", cards.Max(c => c.PublishedAt).ToString("r", CultureInfo.InvariantCulture));
        foreach (var c in cards)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", $"{c.RatingInfo.Label}: {c.ClaimText}");
            w.WriteElementString("link", o.CardUrl(c.Slug));
            w.WriteElementString("description", c.Summary);
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "false");
            w.WriteString($"{o.CardUrl(c.Slug)}#v{c.Version}");
            w.WriteEndElement();
            w.WriteElementString("pubDate", c.PublishedAt.ToString("r", CultureInfo.InvariantCulture));
            w.WriteElementString("category", c.RatingInfo.Label);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    });

    public static string Atom(IReadOnlyList<Card> cards, PublishingOptions o) => Xml(w =>
    {
        const string ns = "http://www.w3.org/2005/Atom";
        w.WriteStartElement("feed", ns);
        w.WriteElementString("title", ns, $"{o.OrganizationName}: fact checks");
        w.WriteElementString("id", ns, $"{o.BaseUrl.TrimEnd('/')}/claims");
        w.WriteElementString("updated", ns, Iso(cards.Count > 0 ? cards.Max(c => c.PublishedAt) : DateTimeOffset.UnixEpoch));
        w.WriteStartElement("link", ns);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("href", $"{o.BaseUrl.TrimEnd('/')}/claims/feed.atom");
        w.WriteEndElement();
        w.WriteStartElement("author", ns);
        w.WriteElementString("name", ns, o.OrganizationName);
        w.WriteEndElement();
        foreach (var c in cards)
        {
            w.WriteStartElement("entry", ns);
            w.WriteElementString("title", ns, $"{c.RatingInfo.Label}: {c.ClaimText}");
            w.WriteElementString("id", ns, $"{o.CardUrl(c.Slug)}#v{c.Version}");
            w.WriteElementString("published", ns, Iso(c.FirstPublishedAt));
            w.WriteElementString("updated", ns, Iso(c.PublishedAt));
            w.WriteStartElement("link", ns);
            w.WriteAttributeString("href", o.CardUrl(c.Slug));
            w.WriteEndElement();
            w.WriteStartElement("summary", ns);
            w.WriteAttributeString("type", "text");
            w.WriteString(c.Summary);
            w.WriteEndElement();
            w.WriteStartElement("category", ns);
            w.WriteAttributeString("term", c.RatingInfo.Name);
            w.WriteAttributeString("label", c.RatingInfo.Label);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    public static string Sitemap(IReadOnlyList<Card> cards, PublishingOptions o) => Xml(w =>
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        w.WriteStartElement("urlset", ns);
        w.WriteStartElement("url", ns);
        w.WriteElementString("loc", ns, $"{o.BaseUrl.TrimEnd('/')}/claims");
        w.WriteEndElement();
        foreach (var c in cards)
        {
            w.WriteStartElement("url", ns);
            w.WriteElementString("loc", ns, o.CardUrl(c.Slug));
            w.WriteElementString("lastmod", ns, Iso(c.PublishedAt));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    static string Xml(Action<XmlWriter> write)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriter(sb), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            write(w);
        }
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    /// <summary>Stored addresses from before the scheme allow-list are shown only if they are http(s).</summary>
    static string? Safe(string? url) => SafeUrls.IsHttp(url) ? url : null;

    /// <summary>
    /// The pages carry their own Content-Security-Policy, so a static export hosted anywhere runs no script and loads
    /// images only from the site (the web app sends the same rules as a header as well).
    /// </summary>
    static string Csp(PublishingOptions o)
    {
        var site = Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var u) ? " " + u.GetLeftPart(UriPartial.Authority) : "";
        return $"""<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:{H(site)}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'">""";
    }
}
