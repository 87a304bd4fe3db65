using System.Text;
using Dapper;
using FactCheck.Data;
using FactCheck.Extraction;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// Claims that say much the same thing: the same claim from another article, or one the desk has already checked and
/// published. Each claim's normalised words (lower case, common words dropped, a light stemming so that "forces" and
/// "force" or "preparing" and "prepare" meet) are kept in <c>claim_term</c>; two claims are similar when their word sets
/// have a Dice coefficient of at least <see cref="Threshold"/> and share at least three words.
/// </summary>
public static class SimilarClaims
{
    public const double Threshold = 0.5;
    const int MinShared = 3, MaxTerms = 64;

    public sealed record Query(long ClaimId, int Limit = 5) : IQuery<IReadOnlyList<Match>>;

    /// <summary>A similar claim; <see cref="Slug"/> and <see cref="Rating"/> are its latest published card, if any.</summary>
    public sealed record Match(long ClaimId, double Score, string Text, string? Speaker, string State, string? Slug, string? Rating);

    /// <summary>Claims like a text not on the desk yet (an attribution in an article being ingested).</summary>
    public sealed record ForText(string Text, int Limit = 3) : IQuery<IReadOnlyList<Match>>;

    public sealed class ForTextHandler(DbSession db) : IQueryHandler<ForText, IReadOnlyList<Match>>
    {
        public async ValueTask<IReadOnlyList<Match>> Handle(ForText q, CancellationToken ct) => await Find(db, Terms(q.Text), null, q.Limit, ct);
    }

    public sealed class ForTextValidator : AbstractValidator<ForText>
    {
        public ForTextValidator()
        {
            RuleFor(q => q.Text).NotEmpty().WithMessage("give the claim's text").MaximumLength(10_000);
            RuleFor(q => q.Limit).InclusiveBetween(1, 50);
        }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Limit).InclusiveBetween(1, 50);
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Match>>
    {
        public async ValueTask<IReadOnlyList<Match>> Handle(Query q, CancellationToken ct)
        {
            var terms = (await db.Query<string>("select term from claim_term where claim_id = @ClaimId", q, ct)).ToList();
            return await Find(db, terms, q.ClaimId, q.Limit, ct);
        }
    }

    /// <summary>The words a claim is compared by.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Text.Tokens(text, 0, text.Length))
        {
            if (!t.IsWord) continue;
            var lower = t.Text.ToLowerInvariant().Replace('’', '\'');
            if (lower.Length < 3 && !char.IsDigit(lower[0]) || Stop.Contains(lower)) continue;
            var w = Stem(lower);
            terms.Add(w.Length > 60 ? w[..60] : w);
            if (terms.Count == MaxTerms) break;
        }
        return [.. terms];
    }

    static string Stem(string w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) w = w[..^3];
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) w = w[..^2];
        else if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal)) w = w[..^2];
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) w = w[..^1];
        if (w.Length > 4 && w.EndsWith('e')) w = w[..^1];
        return w;
    }

    static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "this", "these", "those", "with", "from", "into", "onto", "over", "under", "about", "after",
        "before", "are", "was", "were", "been", "being", "has", "have", "had", "will", "would", "could", "can", "may", "might",
        "should", "must", "not", "but", "than", "then", "there", "their", "they", "them", "his", "her", "she", "him", "its", "our",
        "your", "you", "who", "which", "what", "when", "where", "while", "also", "said", "says", "say", "told", "tells", "just",
        "very", "more", "most", "all", "any", "some", "such", "only", "other", "out", "off", "per", "via", "does", "did", "doesn't",
        "don't", "didn't", "whether", "it's", "that's", "there's",
    };

    sealed class Candidate
    {
        public long ClaimId { get; init; }
        public long Shared { get; init; }
        public long Size { get; init; }
    }

    sealed class Row
    {
        public long ClaimId { get; init; }
        public string Text { get; init; } = "";
        public string? Speaker { get; init; }
        public string State { get; init; } = "";
        public string? Slug { get; init; }
        public string? Rating { get; init; }
    }

    /// <summary>Stores a claim's words (in the transaction that opens or edits it), replacing any it had.</summary>
    public static async Task Index(DbSession db, long claimId, string text, CancellationToken ct)
    {
        await db.Execute("delete from claim_term where claim_id = @claimId", new { claimId }, ct);
        var terms = Terms(text);
        if (terms.Count == 0) return;
        await db.Execute("insert into claim_term (claim_id, term) values (@claimId, @Term)", terms.Select(t => new { claimId, Term = t }), ct);
    }

    /// <summary>The claims most like these words, best first; <paramref name="except"/> leaves one claim out.</summary>
    public static async Task<IReadOnlyList<Match>> Find(DbSession db, IReadOnlyList<string> terms, long? except, int limit, CancellationToken ct)
    {
        if (terms.Count < MinShared) return [];
        var args = new DynamicParameters(new { except, MinShared, Take = 50, Skip = 0 });
        var list = new StringBuilder();
        for (var i = 0; i < terms.Count; i++) { args.Add("T" + i, terms[i]); list.Append(i == 0 ? "@T0" : $", @T{i}"); }
        var candidates = await db.Query<Candidate>(db.Dialect.Page($"""
            select t.claim_id, count(*) as shared, (select count(*) from claim_term x where x.claim_id = t.claim_id) as size
            from claim_term t
            where t.term in ({list}){(except is null ? "" : " and t.claim_id <> @except")}
            group by t.claim_id
            having count(*) >= @MinShared
            order by count(*) desc, t.claim_id desc
            """), args, ct);
        var scored = candidates.Select(c => (c.ClaimId, Score: 2.0 * c.Shared / (terms.Count + c.Size)))
            .Where(c => c.Score >= Threshold).OrderByDescending(c => c.Score).ThenByDescending(c => c.ClaimId).Take(limit).ToList();
        if (scored.Count == 0) return [];
        // The matches' claims and latest cards in one query.
        var ids = new DynamicParameters();
        for (var i = 0; i < scored.Count; i++) ids.Add("I" + i, scored[i].ClaimId);
        var rows = (await db.Query<Row>($"""
            select c.id as claim_id, c.text, c.speaker, c.state, k.slug, k.rating
            from claim c
            left join claim_card k on k.claim_id = c.id and k.version = (select max(k2.version) from claim_card k2 where k2.claim_id = c.id)
            where c.id in ({string.Join(", ", scored.Select((_, i) => "@I" + i))})
            """, ids, ct)).ToDictionary(r => r.ClaimId);
        var matches = new List<Match>();
        foreach (var (id, score) in scored)
            if (rows.TryGetValue(id, out var r)) matches.Add(new Match(id, Math.Round(score, 2), r.Text, r.Speaker, r.State, r.Slug, r.Rating));
        return matches;
    }
}
