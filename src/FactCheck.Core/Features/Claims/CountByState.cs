using FactCheck.Data;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>How many claims are in each state (the queue's tabs).</summary>
public static class CountByState
{
    public sealed record Query : IQuery<IReadOnlyDictionary<string, long>>;

    sealed class Row
    {
        public string State { get; init; } = "";
        public long N { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyDictionary<string, long>>
    {
        public async ValueTask<IReadOnlyDictionary<string, long>> Handle(Query q, CancellationToken ct) =>
            (await db.Query<Row>("select state, count(*) as n from claim group by state", ct: ct)).ToDictionary(r => r.State, r => r.N);
    }
}
