using FactCheck.Data;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.Incidents;

/// <summary>
/// Closes an incident without running its job again (the work was done by hand, or no longer matters), with a note
/// saying why; the job stays failed, the claim's journal records who closed it and the note.
/// </summary>
public static class ResolveIncident
{
    public sealed record Command(long IncidentId, Actor Actor, string? Note) : ICommand<Result>;
    public sealed record Result(long IncidentId, long InstanceId);

    sealed class Row
    {
        public long InstanceId { get; init; }
        public string Activity { get; init; } = "";
        public DateTimeOffset? ResolvedAt { get; init; }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            RetryIncident.Authorize(cmd.Actor, "resolving an incident");
            var note = cmd.Note?.Trim();
            if (string.IsNullOrEmpty(note)) throw new InputException("Note", "say how the incident was resolved (it goes into the claim's journal)");
            if (note.Length > 2000) throw new InputException("Note", "at most 2,000 characters");
            var row = await db.QuerySingleOrDefault<Row>("select instance_id, activity, resolved_at from incident where id = @IncidentId", cmd, ct)
                      ?? throw new NotFoundException("incident", cmd.IncidentId);
            if (row.ResolvedAt is not null) throw new ConflictException($"incident {cmd.IncidentId} was already resolved at {row.ResolvedAt:u}");
            var now = clock.GetUtcNow();
            await db.Execute("update incident set resolved_at = @now, resolved_by = @Name, resolution = @note where id = @IncidentId",
                new { now, cmd.Actor.Name, note, cmd.IncidentId }, ct);
            var store = new Workflow.SqlWorkflowStore(db);
            await store.FlagIncidents(row.InstanceId, ct);
            await store.Note(row.InstanceId, now, "incident_resolved", cmd.Actor, row.Activity, null, $"incident {cmd.IncidentId} resolved without a retry: {note}", ct);
            return new Result(cmd.IncidentId, row.InstanceId);
        }
    }
}
