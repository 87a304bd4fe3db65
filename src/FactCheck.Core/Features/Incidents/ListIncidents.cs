using FactCheck.Data;
using Mediator;

namespace FactCheck.Features.Incidents;

/// <summary>
/// Incidents: activities whose retries are spent (or that killed their workers), newest first; open ones unless all are
/// asked for, of one activity if named; with the job's attempts and, once resolved, who resolved it and how.
/// </summary>
public static class ListIncidents
{
    public sealed record Query(bool All = false, string? Activity = null) : IQuery<IReadOnlyList<Item>>;

    /// <summary>How many incidents are open (the desk's navigation shows it).</summary>
    public sealed record Open : IQuery<long>;

    public sealed class Item
    {
        public long Id { get; init; }
        public long JobId { get; init; }
        public long InstanceId { get; init; }
        public string Activity { get; init; } = "";
        public string Error { get; init; } = "";
        public int Attempts { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? ResolvedAt { get; init; }
        public string? ResolvedBy { get; init; }
        public string? Resolution { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Item>>, IQueryHandler<Open, long>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query q, CancellationToken ct)
        {
            var where = new List<string>();
            if (!q.All) where.Add("i.resolved_at is null");
            if (q.Activity is { Length: > 0 }) where.Add("i.activity = @Activity");
            return (await db.Query<Item>($"""
                select i.id, i.job_id, i.instance_id, i.activity, i.error, coalesce(j.attempts, 0) as attempts, i.created_at, i.resolved_at,
                       i.resolved_by, i.resolution
                from incident i left join job j on j.id = i.job_id
                {(where.Count == 0 ? "" : "where " + string.Join(" and ", where))} order by i.id desc
                """, q, ct)).ToList();
        }

        public async ValueTask<long> Handle(Open q, CancellationToken ct) =>
            await db.Scalar<long>("select count(*) from incident where resolved_at is null", ct: ct);
    }
}
