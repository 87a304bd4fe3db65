using FactCheck.Data;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// How many claims are in each state (the queue's tabs). Counting scans the whole queue index, so the answer is shared
/// by every request for <see cref="StateCounts.MaxAge"/> (two seconds): tab counts may lag a move by that much.
/// </summary>
public static class CountByState
{
    public sealed record Query : IQuery<IReadOnlyDictionary<string, long>>;

    sealed class Row
    {
        public string State { get; init; } = "";
        public long N { get; init; }
    }

    public sealed class Handler(DbSession db, StateCounts cache, TimeProvider clock) : IQueryHandler<Query, IReadOnlyDictionary<string, long>>
    {
        public async ValueTask<IReadOnlyDictionary<string, long>> Handle(Query q, CancellationToken ct)
        {
            if (cache.Get(clock.GetUtcNow()) is { } fresh) return fresh;
            var counts = (await db.Query<Row>("select state, count(*) as n from claim group by state", ct: ct)).ToDictionary(r => r.State, r => r.N);
            cache.Set(counts, clock.GetUtcNow());
            return counts;
        }
    }
}

/// <summary>The last state counts and when they were taken; one per process.</summary>
public sealed class StateCounts
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);
    (IReadOnlyDictionary<string, long> Counts, DateTimeOffset At)? _last;

    public IReadOnlyDictionary<string, long>? Get(DateTimeOffset now) => _last is { } l && now - l.At < MaxAge ? l.Counts : null;
    public void Set(IReadOnlyDictionary<string, long> counts, DateTimeOffset now) => _last = (counts, now);
}
