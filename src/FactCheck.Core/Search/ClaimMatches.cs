using Dapper;
using FactCheck.Data;

namespace FactCheck.Search;

/// <summary>
/// Matching claims, in one place for every use case that needs it (similar claims, the approval guard, approvals,
/// opening, editing and publishing a claim): a claim's entry in the hybrid <see cref="MatchIndex"/> (BM25 and sentence
/// embeddings, fused), the matches of a claim or a text, and their labels by how sure the match is: <see cref="Same"/>
/// (the badge "Already checked" / "Already on the desk"), <see cref="Related"/>, or left out. Thresholds are on the
/// cosine of the embeddings, tuned on CheckThat! 2020 train (docs/benchmarks.md).
/// </summary>
public static class ClaimMatches
{
    public const string Same = "same", Related = "related";

    /// <summary>
    /// Cosine from which a match that stands out (<see cref="MatchIndex.Hit.StandsOut"/>) is the same claim: precision
    /// 0.99 at recall 0.32 on CheckThat! 2020 train (docs/benchmarks.md has dev). 0.58 already reaches 0.97 there, but
    /// on a desk's own claims a claim about other things that shares the names scores about 0.6, and a paraphrase 0.7.
    /// </summary>
    public const float SameThreshold = 0.66f;

    /// <summary>Cosine from which a match is shown as related.</summary>
    public const float RelatedThreshold = 0.5f;

    /// <summary>
    /// A match: a claim on the desk (<see cref="Kind"/> "claim"; <see cref="Slug"/> and <see cref="Rating"/> are its
    /// latest published card, if any) or another organisation's fact-check ("external": <see cref="Organisation"/>,
    /// <see cref="Url"/>, <see cref="Rating"/> as they wrote it, <see cref="ReviewedOn"/>).
    /// </summary>
    public sealed record Match(string Kind, long Id, double Score, string Label, string Text, string? Speaker, string? State,
        string? Slug, string? Rating, string? Organisation = null, string? Url = null, string? ReviewedOn = null)
    {
        public long ClaimId => Kind == MatchIndex.ClaimKind ? Id : 0;
        public bool IsSame => Label == Same;
        public bool IsExternal => Kind == MatchIndex.ExternalKind;
    }

    /// <summary>The matches of a claim on the desk (itself left out), by its indexed text and stored embedding.</summary>
    public static async Task<IReadOnlyList<Match>> ForClaim(DbSession db, long claimId, int limit, CancellationToken ct)
    {
        var text = await db.QuerySingleOrDefault<string>("select text from search_doc where kind = @Kind and ref_id = @claimId",
            new { Kind = MatchIndex.ClaimKind, claimId }, ct);
        if (text is null) return [];
        var index = MatchIndex.For(db);
        await index.CatchUp(db, ct);
        var vector = index.VectorOf(MatchIndex.ClaimKind, claimId) ?? Embedder.Encode(text);
        return await Find(db, text, vector, (MatchIndex.ClaimKind, claimId), limit, ct);
    }

    /// <summary>
    /// Indexes a claim (in the transaction that opens or edits it, or publishes its card): its words for the queue's
    /// search, its text and embedding for matching.
    /// </summary>
    public static async Task Index(DbSession db, long claimId, string text, CancellationToken ct, string? headline = null, sbyte[]? vector = null)
    {
        await db.Execute("delete from claim_term where claim_id = @claimId", new { claimId }, ct);
        var terms = Analyzer.Terms(MatchIndex.ClaimText(text, headline));
        if (terms.Count > 0)
            await db.Execute("insert into claim_term (claim_id, term) values (@claimId, @Term)", terms.Select(t => new { claimId, Term = t }), ct);
        // The embedding is the statement's alone: a verdict's summary would pull it away from the claim it checks.
        await MatchIndex.Put(db, MatchIndex.ClaimKind, claimId, MatchIndex.ClaimText(text, headline), ct, vector ?? Embedder.Encode(text), published: headline is not null);
    }

    /// <summary>The label of a match by its cosine: same, related, or null (not shown).</summary>
    public static string? LabelOf(float cosine, bool standsOut = true) =>
        cosine >= SameThreshold && standsOut ? Same : cosine >= RelatedThreshold ? Related : null;

    static string? LabelOf(MatchIndex.Hit h) => LabelOf(h.Cosine, h.StandsOut);

    sealed class ClaimRow
    {
        public long Id { get; init; }
        public string Text { get; init; } = "";
        public string? Speaker { get; init; }
        public string State { get; init; } = "";
        public string? Slug { get; init; }
        public string? Rating { get; init; }
    }

    sealed class ExternalRow
    {
        public long Id { get; init; }
        public string Claim { get; init; } = "";
        public string? Claimant { get; init; }
        public string Organisation { get; init; } = "";
        public string Url { get; init; } = "";
        public string? Rating { get; init; }
        public string? ReviewedOn { get; init; }
    }

    /// <summary>The labelled matches of several texts at once (an article's attributions), their embeddings computed in one batch.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<Match>>> FindAll(DbSession db, IReadOnlyList<string> texts, int limit, CancellationToken ct)
    {
        if (texts.Count == 0) return [];
        var vectors = Embedder.Encode([.. texts.Select(t => Analyzer.Clean(t))]);
        var list = new List<IReadOnlyList<Match>>(texts.Count);
        for (var i = 0; i < texts.Count; i++) list.Add(await Find(db, texts[i], vectors[i], null, limit, ct));
        return list;
    }

    /// <summary>The labelled matches of a text, best first; <paramref name="except"/> leaves one document out.</summary>
    public static async Task<IReadOnlyList<Match>> Find(DbSession db, string text, sbyte[] vector, (string, long)? except, int limit, CancellationToken ct)
    {
        var index = MatchIndex.For(db);
        await index.CatchUp(db, ct);
        // The words are read with a pasted post's signature kept (its author is often the claim's subject); the
        // embedding (given) reads the text without it.
        var hits = index.Search(Analyzer.Clean(text, keepSignature: true), vector, limit, except).Where(h => LabelOf(h) is not null).ToList();
        if (hits.Count == 0) return [];
        var claimIds = hits.Where(h => h.Kind == MatchIndex.ClaimKind).Select(h => h.RefId).ToArray();
        var externalIds = hits.Where(h => h.Kind == MatchIndex.ExternalKind).Select(h => h.RefId).ToArray();
        var claims = claimIds.Length == 0 ? [] : (await db.Query<ClaimRow>($"""
            select c.id, c.text, c.speaker, c.state, k.slug, k.rating
            from claim c
            left join claim_card k on k.claim_id = c.id and k.version = (select max(k2.version) from claim_card k2 where k2.claim_id = c.id)
            where c.id in ({In("C", claimIds, out var cp)})
            """, cp, ct)).ToDictionary(r => r.Id);
        var externals = externalIds.Length == 0 ? [] : (await db.Query<ExternalRow>(
            $"select id, claim, claimant, organisation, url, rating, reviewed_on from external_check where id in ({In("X", externalIds, out var xp)})",
            xp, ct)).ToDictionary(r => r.Id);
        var matches = new List<Match>();
        foreach (var h in hits)
        {
            var label = LabelOf(h)!;
            var score = Math.Round(h.Cosine, 2);
            if (h.Kind == MatchIndex.ClaimKind && claims.TryGetValue(h.RefId, out var c))
                matches.Add(new Match(h.Kind, c.Id, score, label, c.Text, c.Speaker, c.State, c.Slug, c.Rating));
            else if (h.Kind == MatchIndex.ExternalKind && externals.TryGetValue(h.RefId, out var x))
                matches.Add(new Match(h.Kind, x.Id, score, label, x.Claim, x.Claimant, null, null, x.Rating, x.Organisation, x.Url, x.ReviewedOn));
        }
        // The same claim first, then by fused rank.
        return [.. matches.OrderBy(m => m.IsSame ? 0 : 1)];
    }

    static string In(string prefix, long[] ids, out DynamicParameters args)
    {
        args = new DynamicParameters();
        for (var i = 0; i < ids.Length; i++) args.Add(prefix + i, ids[i]);
        return string.Join(", ", ids.Select((_, i) => "@" + prefix + i));
    }
}
