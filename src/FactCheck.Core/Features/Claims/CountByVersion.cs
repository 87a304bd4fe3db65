using FactCheck.Data;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>How many claims run on each workflow version (an instance stays on the version it started on).</summary>
public static class CountByVersion
{
    public sealed record Query : IQuery<IReadOnlyDictionary<(string WorkflowId, int Version), long>>;

    sealed class Row
    {
        public string WorkflowId { get; init; } = "";
        public int WorkflowVersion { get; init; }
        public long Claims { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyDictionary<(string WorkflowId, int Version), long>>
    {
        public async ValueTask<IReadOnlyDictionary<(string WorkflowId, int Version), long>> Handle(Query q, CancellationToken ct) =>
            (await db.Query<Row>("select workflow_id, workflow_version, count(*) as claims from claim group by workflow_id, workflow_version", ct: ct))
                .ToDictionary(r => (r.WorkflowId, r.WorkflowVersion), r => r.Claims);
    }
}
