using FactCheck.Data;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.Incidents;

/// <summary>
/// Re-queues an incident's job with a fresh retry budget and resolves the incident. On the desk, editors and admins
/// do it; the operator at the command line (no desk user) always may.
/// </summary>
public static class RetryIncident
{
    public sealed record Command(long IncidentId, Actor Actor) : ICommand<Result>;
    public sealed record Result(long IncidentId, long JobId, long InstanceId);

    sealed class Row
    {
        public long JobId { get; init; }
        public long InstanceId { get; init; }
        public string Activity { get; init; } = "";
        public DateTimeOffset? ResolvedAt { get; init; }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            if (cmd.Actor.UserId is not null)
                Features.Claims.ClaimSql.Require(cmd.Actor, "retrying an incident", Workflow.ClaimWorkflow.Roles.Editor, Workflow.ClaimWorkflow.Roles.Admin);
            var row = await db.QuerySingleOrDefault<Row>("select job_id, instance_id, activity, resolved_at from incident where id = @IncidentId", cmd, ct)
                      ?? throw new NotFoundException("incident", cmd.IncidentId);
            if (row.ResolvedAt is not null) throw new ConflictException($"incident {cmd.IncidentId} was already resolved at {row.ResolvedAt:u}");
            var now = clock.GetUtcNow();
            await db.Execute("update incident set resolved_at = @now where id = @IncidentId", new { now, cmd.IncidentId }, ct);
            await db.Execute("update job set status = 'pending', attempts = 0, run_at = @now, finished_at = null where id = @JobId and status = 'failed'",
                new { now, row.JobId }, ct);
            await db.Execute("""
                update claim set has_incident = case when exists (select 1 from incident i where i.instance_id = @InstanceId and i.resolved_at is null) then 1 else 0 end
                where id = @InstanceId
                """, row, ct);
            await db.Execute("""
                insert into journal (instance_id, at, kind, actor, actor_id, trigger_name, note)
                values (@InstanceId, @now, 'incident_retry', @Name, @UserId, @Activity, @Note)
                """, new { row.InstanceId, now, cmd.Actor.Name, cmd.Actor.UserId, row.Activity, Note = $"incident {cmd.IncidentId} re-queued" }, ct);
            return new Result(cmd.IncidentId, row.JobId, row.InstanceId);
        }
    }
}
