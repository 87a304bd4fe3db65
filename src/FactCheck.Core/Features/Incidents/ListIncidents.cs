using FactCheck.Data;
using Mediator;

namespace FactCheck.Features.Incidents;

/// <summary>Incidents: activities whose retries are spent, newest first; open ones unless all are asked for.</summary>
public static class ListIncidents
{
    public sealed record Query(bool All = false) : IQuery<IReadOnlyList<Item>>;

    public sealed class Item
    {
        public long Id { get; init; }
        public long JobId { get; init; }
        public long InstanceId { get; init; }
        public string Activity { get; init; } = "";
        public string Error { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? ResolvedAt { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query q, CancellationToken ct) =>
            (await db.Query<Item>($"""
                select id, job_id, instance_id, activity, error, created_at, resolved_at from incident
                {(q.All ? "" : "where resolved_at is null")} order by id desc
                """, ct: ct)).ToList();
    }
}
