using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>Puts a claim back in the queue. Its assignee may release it; so may an editor or admin, for anyone.</summary>
public static class ReleaseClaim
{
    public sealed record Command(long ClaimId, Actor Actor) : ICommand<Result>;
    public sealed record Result(long ClaimId);

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            var claim = await ClaimSql.Get(db, cmd.ClaimId, ct);
            if (claim.AssigneeId is null) return new Result(cmd.ClaimId);
            if (claim.AssigneeId != cmd.Actor.UserId)
                ClaimSql.Require(cmd.Actor, $"releasing a claim held by {claim.AssigneeName}", ClaimWorkflow.Roles.Editor, ClaimWorkflow.Roles.Admin);
            var now = clock.GetUtcNow();
            await db.Execute("update claim set assignee_id = null, updated_at = @now where id = @ClaimId", new { cmd.ClaimId, now }, ct);
            await ClaimSql.Journal(db, cmd.ClaimId, "release", cmd.Actor, now, claim.AssigneeName, ct);
            return new Result(cmd.ClaimId);
        }
    }
}
