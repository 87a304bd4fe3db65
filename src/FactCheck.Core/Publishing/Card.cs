using System.Text.Json;
using FactCheck.Data;
using FactCheck.Workflow;

namespace FactCheck.Publishing;

/// <summary>One published version of a claim card, as it was published (later versions never change it).</summary>
public sealed class Card
{
    public long Id { get; init; }
    public long ClaimId { get; init; }
    public int Version { get; init; }
    public string Slug { get; init; } = "";
    public string ClaimText { get; init; } = "";
    public string? Speaker { get; init; }
    public string? Channel { get; init; }
    public string? AppearedUrl { get; init; }
    public string? AppearedTitle { get; init; }
    public DateTimeOffset? AppearedAt { get; init; }
    public string Rating { get; init; } = "";
    public string Summary { get; init; } = "";
    public string? Rationale { get; init; }
    public string? Reviewer { get; init; }
    public string? Approver { get; init; }
    public string? SourcesJson { get; init; }
    /// <summary>The public correction text of this version (never the editor's internal note).</summary>
    public string? CorrectionNote { get; init; }
    /// <summary>Words the article itself quotes the speaker as saying, checked against the article at publication; the only text shown in quotation marks.</summary>
    public string? Quote { get; init; }
    /// <summary><c>person</c> or <c>organization</c>; null when nobody said (guessed from the name then).</summary>
    public string? SpeakerKind { get; init; }
    /// <summary>The speaker's role or title, apart from the name: ClaimReview author.jobTitle for a person.</summary>
    public string? SpeakerRole { get; init; }
    /// <summary>The outlet of the article the claim appeared in: ClaimReview appearance.publisher.</summary>
    public string? Outlet { get; init; }
    /// <summary>The channel's original (a primary source marked as the original): ClaimReview firstAppearance.</summary>
    public string? OriginalUrl { get; init; }
    public string? OriginalTitle { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
    /// <summary>When version 1 was published (ClaimReview datePublished).</summary>
    public DateTimeOffset FirstPublishedAt { get; set; }
    /// <summary>Correction notes of this and earlier versions, oldest first, with when each was published.</summary>
    public List<(string Note, DateTimeOffset At, int Version)> Corrections { get; set; } = [];

    public IReadOnlyList<CardSource> Sources => SourcesJson is null ? [] : JsonSerializer.Deserialize<List<CardSource>>(SourcesJson, JsonOptions) ?? [];
    public Ratings.Rating RatingInfo => Ratings.Find(Rating) ?? new Ratings.Rating(Rating, 0, Rating);

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

public sealed record CardSource(string Url, string? Title, string Kind);

/// <summary>Reading published cards.</summary>
public static class CardSql
{
    const string Columns = """
        id, claim_id, version, slug, claim_text, speaker, channel, appeared_url, appeared_title, appeared_at, rating, summary,
        rationale, reviewer, approver, sources_json, correction_note, published_at, quote, speaker_kind, speaker_role, outlet, original_url, original_title
        """;

    /// <summary>A card version (the latest when none is given), with its first-publication date and correction history.</summary>
    public static async Task<Card?> Get(DbSession db, string slug, int? version = null, CancellationToken ct = default)
    {
        var versions = (await db.Query<Card>($"select {Columns} from claim_card where slug = @slug order by version", new { slug }, ct)).ToList();
        var card = version is null ? versions.LastOrDefault() : versions.FirstOrDefault(v => v.Version == version);
        if (card is null) return null;
        Complete(card, versions);
        return card;
    }

    public static async Task<IReadOnlyList<int>> Versions(DbSession db, string slug, CancellationToken ct = default) =>
        (await db.Query<int>("select version from claim_card where slug = @slug order by version", new { slug }, ct)).ToList();

    /// <summary>
    /// The latest version of every card, newest first, optionally by rating, speaker and words of the claim (every word,
    /// normalised as for similar claims), paged in SQL. Each carries its
    /// first-publication date and, for the ClaimReview, its correction history (one more query for all of them).
    /// </summary>
    public static async Task<IReadOnlyList<Card>> Latest(DbSession db, string? rating = null, string? speaker = null, int skip = 0, int take = int.MaxValue,
        CancellationToken ct = default, string? words = null)
    {
        var where = new List<string> { "c.version = (select max(c2.version) from claim_card c2 where c2.slug = c.slug)" };
        var query = new Dapper.DynamicParameters(new { rating, speaker = speaker is null ? null : "%" + speaker.ToLowerInvariant() + "%", Skip = skip, Take = Math.Min(take, 100_000) });
        if (rating is not null) where.Add("c.rating = @rating");
        if (speaker is not null) where.Add("lower(c.speaker) like @speaker");
        if (words is not null)
        {
            var terms = Search.Analyzer.Terms(words);
            for (var i = 0; i < terms.Count; i++) query.Add("W" + i, terms[i]);
            query.Add("WordCount", terms.Count);
            where.Add(terms.Count == 0 ? "1 = 0" : $"c.claim_id in (select claim_id from claim_term where term in ({string.Join(", ", terms.Select((_, i) => "@W" + i))}) group by claim_id having count(*) = @WordCount)");
        }
        var sql = db.Dialect.Page($"select {Prefixed} from claim_card c where {string.Join(" and ", where)} order by c.published_at desc, c.id desc");
        var cards = (await db.Query<Card>(sql, query, ct)).ToList();
        if (cards.Count == 0) return cards;
        // For a page, only its cards' history; for everything (claimreview.json), all of it in one go.
        var args = new Dapper.DynamicParameters();
        var only = "";
        if (cards.Count <= 500)
        {
            for (var i = 0; i < cards.Count; i++) args.Add("S" + i, cards[i].Slug);
            only = $" and slug in ({string.Join(", ", cards.Select((_, i) => "@S" + i))})";
        }
        var history = (await db.Query<Card>($"select {Columns} from claim_card where (version = 1 or correction_note is not null){only} order by slug, version", args, ct))
            .GroupBy(c => c.Slug).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var card in cards)
            if (history.TryGetValue(card.Slug, out var versions)) Complete(card, versions);
        return cards;
    }

    static readonly string Prefixed = string.Join(", ", Columns.Split(',').Select(c => "c." + c.Trim()));

    static void Complete(Card card, List<Card> versions)
    {
        card.FirstPublishedAt = versions.FirstOrDefault(v => v.Version == 1)?.PublishedAt ?? versions[0].PublishedAt;
        card.Corrections = versions.Where(v => v.Version <= card.Version && v.CorrectionNote is not null)
            .Select(v => (v.CorrectionNote!, v.PublishedAt, v.Version)).ToList();
    }
}
