using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactCheck.Data;
using FactCheck.Features.Users;
using FactCheck.Publishing;
using FactCheck.Search;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.FactChecks;

/// <summary>
/// Other fact-checkers' published verdicts, imported so that "has this been checked already?" finds them: schema.org
/// ClaimReview as a JSON-LD object or array (a <c>claimreview.json</c> such as this project's own export, or a
/// <c>@graph</c>), a web page carrying ClaimReview in <c>application/ld+json</c> scripts, or the Google Fact Check
/// Tools API's <c>claims:search</c> answer. Each review is stored as an external fact-check (organisation, URL, claim,
/// claimant, rating as they wrote it, headline, date, language), one per URL (an import of a URL already held updates
/// it), and indexed for matching like the desk's own claims. Nothing is stored unless every review of every input is
/// valid; the error names the input and the review. External fact-checks are never published as this desk's cards.
/// </summary>
public static partial class ImportClaimReviews
{
    /// <summary>The largest input read (a page or a file).</summary>
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxReviews = 20_000;

    /// <summary>One input: where it came from (a file name or URL, for messages) and its text.</summary>
    public sealed record Input(string Origin, string Content);

    public sealed record Command(IReadOnlyList<Input> Inputs, Actor? By) : ICommand<Result>;

    public sealed record Result(int Read, int Added, int Updated, IReadOnlyList<long> Ids);

    /// <summary>One review as read, before it is stored.</summary>
    public sealed record Review(string Url, string Organisation, string Claim, string? Claimant, string? Rating, string? Headline, string? ReviewedOn, string? Language);

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            UserSql.RequireAdmin(cmd.By, "imports other fact-checkers' reviews");
            var reviews = new List<Review>();
            foreach (var input in cmd.Inputs) reviews.AddRange(Parse(input));
            if (reviews.Count > MaxReviews) throw new InputException("input", $"{reviews.Count:N0} reviews at once; import at most {MaxReviews:N0} a time");
            // The last of several reviews with one URL wins, as a later import would.
            var byUrl = reviews.GroupBy(r => r.Url, StringComparer.Ordinal).Select(g => g.Last()).ToList();
            var vectors = Embedder.Encode([.. byUrl.Select(r => r.Claim)]);
            var now = clock.GetUtcNow();
            int added = 0, updated = 0;
            var ids = new List<long>();
            await using var tx = await db.BeginAsync(ct);
            for (var i = 0; i < byUrl.Count; i++)
            {
                var r = byUrl[i];
                var existing = await db.Scalar<long?>("select id from external_check where url = @Url", new { r.Url }, ct);
                long id;
                if (existing is { } e)
                {
                    await db.Execute("""
                        update external_check set organisation = @Organisation, claim = @Claim, claimant = @Claimant, rating = @Rating,
                               headline = @Headline, reviewed_on = @ReviewedOn, language = @Language, imported_at = @now
                        where id = @e
                        """, new { r.Organisation, r.Claim, r.Claimant, r.Rating, r.Headline, r.ReviewedOn, r.Language, now, e }, ct);
                    id = e;
                    updated++;
                }
                else
                {
                    id = await db.Insert("external_check", "url, organisation, claim, claimant, rating, headline, reviewed_on, language, imported_from, imported_at",
                        "@Url, @Organisation, @Claim, @Claimant, @Rating, @Headline, @ReviewedOn, @Language, @From, @now",
                        new { r.Url, r.Organisation, r.Claim, r.Claimant, r.Rating, r.Headline, r.ReviewedOn, r.Language, From = Clip(cmd.Inputs.Count == 1 ? cmd.Inputs[0].Origin : "several inputs", 850), now }, ct);
                    added++;
                }
                await MatchIndex.Put(db, MatchIndex.ExternalKind, id, MatchIndex.ClaimText(r.Claim, r.Headline), ct, vectors[i], published: true);
                ids.Add(id);
            }
            await tx.CommitAsync();
            return new Result(reviews.Count, added, updated, ids);
        }
    }

    // ── Reading ───────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The reviews of one input; an <see cref="InputException"/> naming the input and review when one is not usable.</summary>
    public static List<Review> Parse(Input input)
    {
        var text = input.Content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0) throw new InputException(input.Origin, "is empty");
        var nodes = new List<JsonNode>();
        if (text.StartsWith('<'))
        {
            foreach (Match m in LdJson().Matches(text))
                nodes.Add(ParseJson(input.Origin + " (JSON-LD script)", System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()));
            if (nodes.Count == 0) throw new InputException(input.Origin, "is an HTML page without a <script type=\"application/ld+json\"> block; nothing to import");
        }
        else if (text.StartsWith('{') || text.StartsWith('['))
            nodes.Add(ParseJson(input.Origin, text));
        else
            throw new InputException(input.Origin, "is neither JSON (ClaimReview JSON-LD, claimreview.json, Fact Check Tools claims:search) nor an HTML page carrying ClaimReview");
        var found = new List<(string Where, JsonObject Review, JsonObject? Claim)>();
        foreach (var node in nodes) Collect(node, "", found, null);
        if (found.Count == 0) throw new InputException(input.Origin, "holds no ClaimReview (an object with \"@type\": \"ClaimReview\", or a claims:search answer with \"claims\")");
        var reviews = new List<Review>();
        var errors = new List<(string, string)>();
        for (var i = 0; i < found.Count; i++)
        {
            var (where, review, googleClaim) = found[i];
            var name = $"{input.Origin}, review {i + 1}{(where.Length > 0 ? $" ({where})" : "")}";
            try { reviews.Add(googleClaim is null ? FromSchemaOrg(review) : FromFactCheckTools(googleClaim, review)); }
            catch (ReviewException ex) { errors.Add((name, ex.Message)); }
            if (errors.Count == 20) break;
        }
        if (errors.Count > 0) throw new InputException(errors);
        return reviews;
    }

    sealed class ReviewException(string message) : Exception(message);

    static JsonNode ParseJson(string origin, string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip })
                   ?? throw new InputException(origin, "is JSON null");
        }
        catch (JsonException ex)
        {
            throw new InputException(origin, $"is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}): {ex.Message.Split(" Path:")[0]}");
        }
    }

    /// <summary>Walks arrays, @graph and claims:search answers for ClaimReview objects.</summary>
    static void Collect(JsonNode? node, string path, List<(string, JsonObject, JsonObject?)> found, JsonObject? googleClaim)
    {
        switch (node)
        {
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Collect(a[i], $"{path}[{i}]", found, googleClaim);
                break;
            case JsonObject o when Types(o).Contains("ClaimReview"):
                found.Add((path, o, null));
                break;
            case JsonObject o when o["claims"] is JsonArray claims: // Fact Check Tools claims:search
                for (var i = 0; i < claims.Count; i++)
                    if (claims[i] is JsonObject claim && claim["claimReview"] is JsonArray reviews)
                        for (var j = 0; j < reviews.Count; j++)
                            if (reviews[j] is JsonObject r) found.Add(($"claims[{i}].claimReview[{j}]", r, claim));
                break;
            case JsonObject o when o["@graph"] is JsonArray graph:
                Collect(graph, path + "@graph", found, googleClaim);
                break;
        }
    }

    static IEnumerable<string> Types(JsonObject o) => o["@type"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        JsonArray a => a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : ""),
        _ => [],
    };

    static Review FromSchemaOrg(JsonObject o)
    {
        var rating = o["reviewRating"] as JsonObject;
        var item = o["itemReviewed"] as JsonObject;
        return Checked(
            url: Str(o["url"]),
            organisation: Name(o["author"]) ?? Name(o["publisher"]),
            claim: Str(o["claimReviewed"]) ?? Str(item?["name"]),
            claimant: Name(item?["author"]),
            rating: Str(rating?["alternateName"]) ?? Str(rating?["name"]) ?? Str(rating?["ratingExplanation"]),
            headline: Str(o["headline"]) ?? Str(o["name"]),
            reviewedOn: Str(o["datePublished"]) ?? Str(o["dateModified"]),
            language: Str(o["inLanguage"]));
    }

    static Review FromFactCheckTools(JsonObject claim, JsonObject r) => Checked(
        url: Str(r["url"]),
        organisation: Str((r["publisher"] as JsonObject)?["name"]) ?? Str((r["publisher"] as JsonObject)?["site"]),
        claim: Str(claim["text"]),
        claimant: Str(claim["claimant"]),
        rating: Str(r["textualRating"]),
        headline: Str(r["title"]),
        reviewedOn: Str(r["reviewDate"]) ?? Str(claim["claimDate"]),
        language: Str(r["languageCode"]));

    static Review Checked(string? url, string? organisation, string? claim, string? claimant, string? rating, string? headline, string? reviewedOn, string? language)
    {
        if (url is null) throw new ReviewException("has no url (the review's address is what makes it one review)");
        if (!SafeUrls.IsHttp(url) || url.Length > 850) throw new ReviewException($"url '{Clip(url, 80)}' {SafeUrls.Message}, of at most 850 characters");
        if (organisation is null) throw new ReviewException("names no organisation (author.name or publisher.name)");
        if (claim is null) throw new ReviewException("has no claim (claimReviewed, or text in claims:search)");
        return new Review(url, Clip(organisation, 400), Clip(claim, 5000), claimant is null ? null : Clip(claimant, 400), rating is null ? null : Clip(rating, 400),
            headline is null ? null : Clip(headline, 1000), Date(reviewedOn), language is null ? null : Clip(language, 16));
    }

    /// <summary>Plain text of a JSON string: markup out, entities decoded, spaces folded; null when empty.</summary>
    static string? Str(JsonNode? n)
    {
        if (n is not JsonValue v || !v.TryGetValue<string>(out var s)) return null;
        s = System.Net.WebUtility.HtmlDecode(Tags().Replace(s, " "));
        s = new string([.. s.Where(c => !char.IsControl(c) || c == '\n')]);
        s = Spaces().Replace(s, " ").Trim();
        return s.Length == 0 ? null : s;
    }

    static string? Name(JsonNode? n) => n switch
    {
        JsonObject o => Str(o["name"]),
        JsonArray a => a.Select(Name).FirstOrDefault(x => x is not null),
        _ => Str(n),
    };

    static string? Date(string? s) =>
        s is not null && DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d)
            ? d.UtcDateTime.ToString("yyyy-MM-dd") : null;

    static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    [GeneratedRegex(@"<script[^>]*type\s*=\s*[""']application/ld\+json[""'][^>]*>(.*?)</script>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LdJson();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
