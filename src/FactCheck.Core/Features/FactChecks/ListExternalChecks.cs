using FactCheck.Data;
using Mediator;

namespace FactCheck.Features.FactChecks;

/// <summary>The imported fact-checks of other organisations, newest import first (the admin page and the CLI).</summary>
public static class ListExternalChecks
{
    public sealed record Query(int Limit = 50) : IQuery<IReadOnlyList<Item>>;

    public sealed class Item
    {
        public long Id { get; init; }
        public string Url { get; init; } = "";
        public string Organisation { get; init; } = "";
        public string Claim { get; init; } = "";
        public string? Claimant { get; init; }
        public string? Rating { get; init; }
        public string? ReviewedOn { get; init; }
        public string? ImportedFrom { get; init; }
        public DateTimeOffset ImportedAt { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query q, CancellationToken ct) => await Run(db, q.Limit, ct);
    }

    public static async Task<IReadOnlyList<Item>> Run(DbSession db, int limit, CancellationToken ct) =>
        [.. await db.Query<Item>(db.Dialect.Page("""
            select id, url, organisation, claim, claimant, rating, reviewed_on, imported_from, imported_at
            from external_check order by imported_at desc, id desc
            """), new { Take = Math.Clamp(limit, 1, 1000), Skip = 0 }, ct)];
}
