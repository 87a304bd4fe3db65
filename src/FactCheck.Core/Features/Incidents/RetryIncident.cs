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

    public sealed class Handler(FactCheck.Workflows.Incidents incidents) : ICommandHandler<Command, Result>, ICommandHandler<Matching, IReadOnlyList<Result>>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            Authorize(cmd.Actor, "retrying an incident");
            var row = Open(await incidents.Retry(cmd.IncidentId, cmd.Actor, ct), cmd.IncidentId);
            return new Result(row.Id, row.JobId, row.InstanceId);
        }

        public async ValueTask<IReadOnlyList<Result>> Handle(Matching cmd, CancellationToken ct)
        {
            Authorize(cmd.Actor, "retrying incidents");
            return [.. (await incidents.RetryMatching(cmd.Activity, cmd.Actor, ct)).Select(r => new Result(r.Id, r.JobId, r.InstanceId))];
        }
    }

    /// <summary>The incident as it was before the change; not found or already closed as the desk's errors.</summary>
    internal static IncidentRow Open(IncidentRow? row, long incidentId) => row switch
    {
        null => throw new NotFoundException("incident", incidentId),
        { ResolvedAt: { } at } => throw new ConflictException($"incident {incidentId} was already resolved at {at:u}"),
        _ => row,
    };

    /// <summary>Admins on the desk (editors read the list); the operator at the command line (no desk user) always.</summary>
    internal static void Authorize(Actor actor, string doing)
    {
        if (actor.UserId is not null)
            Claims.ClaimSql.Require(actor, doing, Workflow.ClaimWorkflow.Roles.Admin);
    }

}
