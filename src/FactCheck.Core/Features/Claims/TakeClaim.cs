using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>Assigns a claim to the actor. Taking a claim someone else holds is refused; taking your own again is a no-op.</summary>
public static class TakeClaim
{
    public sealed record Command(long ClaimId, Actor Actor) : ICommand<Result>;
    public sealed record Result(long ClaimId, string Assignee);

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        const string Take = """
            update claim set assignee_id = @UserId, updated_at = @Now
            where id = @ClaimId and assignee_id is null
            """;

        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            ClaimSql.Require(cmd.Actor, "taking a claim", ClaimWorkflow.Roles.FactChecker, ClaimWorkflow.Roles.Editor);
            var claim = await ClaimSql.Get(db, cmd.ClaimId, ct);
            if (claim.AssigneeId == cmd.Actor.UserId) return new Result(cmd.ClaimId, cmd.Actor.Name);
            var now = clock.GetUtcNow();
            // Only an unassigned claim is taken, in one statement: of parallel takes (even by one user) exactly one writes the journal row.
            if (await db.Execute(Take, new { cmd.ClaimId, cmd.Actor.UserId, Now = now }, ct) == 0)
            {
                var holder = await ClaimSql.Get(db, cmd.ClaimId, ct);
                if (holder.AssigneeId == cmd.Actor.UserId) return new Result(cmd.ClaimId, cmd.Actor.Name);
                throw new ConflictException($"claim {cmd.ClaimId} is already taken by {holder.AssigneeName}");
            }
            await ClaimSql.Journal(db, cmd.ClaimId, "take", cmd.Actor, now, null, ct);
            return new Result(cmd.ClaimId, cmd.Actor.Name);
        }
    }
}
