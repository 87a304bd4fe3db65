using FactCheck.Data;
using FactCheck.Features.Claims;
using Mediator;

namespace FactCheck.Features.Approvals;

/// <summary>
/// Cards already published on the same claim as this one (a "same claim" match, not a related one): what an approval
/// must say it agrees with, differs from or supersedes (the guard <c>compared_with_published_cards</c> enforces it).
/// </summary>
public static class PublishedOnSameClaim
{
    public sealed record Query(long ClaimId) : IQuery<IReadOnlyList<Card>>;
    public sealed record Card(long ClaimId, string Slug, string Rating, DateTimeOffset At, string Text);

    /// <summary>What each relation means, as the desk shows it and the journal records it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Relations = new Dictionary<string, string>
    {
        ["agrees"] = "agrees with it",
        ["differs"] = "differs from it (a different claim, or new evidence)",
        ["supersedes"] = "supersedes it (the earlier card should be corrected)",
    };

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Card>>
    {
        public async ValueTask<IReadOnlyList<Card>> Handle(Query q, CancellationToken ct) => await Find(db, q.ClaimId, ct);
    }

    internal static async Task<IReadOnlyList<Card>> Find(DbSession db, long claimId, CancellationToken ct)
    {
        var list = new List<Card>();
        foreach (var m in (await FactCheck.Search.ClaimMatches.ForClaim(db, claimId, 5, ct)).Where(m => m.IsSame && m.Slug is not null))
        {
            var at = await db.Scalar<DateTimeOffset?>("select max(published_at) from claim_card where slug = @Slug", new { m.Slug }, ct);
            list.Add(new Card(m.ClaimId, m.Slug!, m.Rating ?? "", at ?? default, m.Text));
        }
        return list;
    }
}
