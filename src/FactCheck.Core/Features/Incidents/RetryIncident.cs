using FactCheck.Data;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.Incidents;

/// <summary>
/// Re-queues an incident's job with a fresh retry budget and resolves the incident; or every open incident of one
/// activity at once (after an outage of the service it calls). On the desk, editors and admins do it; the operator at
/// the command line (no desk user) always may. Each retry is journaled on its claim.
/// </summary>
public static class RetryIncident
{
    public sealed record Command(long IncidentId, Actor Actor) : ICommand<Result>;
    public sealed record Result(long IncidentId, long JobId, long InstanceId);

    /// <summary>Every open incident of <paramref name="Activity"/> (all activities when null).</summary>
    public sealed record Matching(string? Activity, Actor Actor) : ICommand<IReadOnlyList<Result>>;

    sealed class Row
    {
        public long JobId { get; init; }
        public long InstanceId { get; init; }
        public string Activity { get; init; } = "";
        public DateTimeOffset? ResolvedAt { get; init; }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>, ICommandHandler<Matching, IReadOnlyList<Result>>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            Authorize(cmd.Actor, "retrying an incident");
            return await Retry(cmd.IncidentId, cmd.Actor, ct);
        }

        public async ValueTask<IReadOnlyList<Result>> Handle(Matching cmd, CancellationToken ct)
        {
            Authorize(cmd.Actor, "retrying incidents");
            var ids = await db.Query<long>($"select id from incident where resolved_at is null {(cmd.Activity is { Length: > 0 } ? "and activity = @Activity" : "")} order by id", cmd, ct);
            var done = new List<Result>();
            foreach (var id in ids) done.Add(await Retry(id, cmd.Actor, ct));
            return done;
        }

        async Task<Result> Retry(long incidentId, Actor actor, CancellationToken ct)
        {
            var row = await db.QuerySingleOrDefault<Row>("select job_id, instance_id, activity, resolved_at from incident where id = @incidentId", new { incidentId }, ct)
                      ?? throw new NotFoundException("incident", incidentId);
            if (row.ResolvedAt is not null) throw new ConflictException($"incident {incidentId} was already resolved at {row.ResolvedAt:u}");
            var now = clock.GetUtcNow();
            await db.Execute("update incident set resolved_at = @now, resolved_by = @Name, resolution = 'retried' where id = @incidentId",
                new { now, actor.Name, incidentId }, ct);
            await db.Execute("update job set status = 'pending', attempts = 0, lapses = 0, run_at = @now, finished_at = null where id = @JobId and status = 'failed'",
                new { now, row.JobId }, ct);
            var store = new Workflow.SqlWorkflowStore(db);
            await store.FlagIncidents(row.InstanceId, ct);
            await store.Note(row.InstanceId, now, "incident_retry", actor, row.Activity, null, $"incident {incidentId} re-queued", ct);
            return new Result(incidentId, row.JobId, row.InstanceId);
        }
    }

    /// <summary>Editors and admins on the desk; the operator at the command line (no desk user) always.</summary>
    internal static void Authorize(Actor actor, string doing)
    {
        if (actor.UserId is not null)
            Claims.ClaimSql.Require(actor, doing, Workflow.ClaimWorkflow.Roles.Editor, Workflow.ClaimWorkflow.Roles.Admin);
    }

}
