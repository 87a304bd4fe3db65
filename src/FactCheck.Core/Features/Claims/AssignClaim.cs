using System.Text.Json;
using FactCheck.Data;
using FactCheck.Features.Users;
using FactCheck.Workflow;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// An editor gives a claim to a colleague (a fact-checker or editor), or takes it from whoever holds it (null). The new
/// assignee gets a notification addressed to them; the journal says who gave it to whom.
/// </summary>
public static class AssignClaim
{
    public sealed record Command(long ClaimId, Actor Actor, string? UserName) : ICommand<Result>;
    public sealed record Result(long ClaimId, string? Assignee);

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            ClaimSql.Require(cmd.Actor, "assigning a claim to someone", ClaimWorkflow.Roles.Editor);
            var claim = await ClaimSql.Get(db, cmd.ClaimId, ct);
            Actor? to = cmd.UserName is null ? null : await UserSql.ActorByName(db, cmd.UserName, ct);
            if (to is not null && !to.Roles.Contains(ClaimWorkflow.Roles.FactChecker) && !to.Roles.Contains(ClaimWorkflow.Roles.Editor))
                throw new InputException("user", $"{to.Name} is neither a fact-checker nor an editor");
            if (to?.UserId == claim.AssigneeId) return new Result(cmd.ClaimId, to?.Name);
            var now = clock.GetUtcNow();
            await db.Execute("update claim set assignee_id = @UserId, updated_at = @now where id = @ClaimId", new { to?.UserId, now, cmd.ClaimId }, ct);
            await ClaimSql.Journal(db, cmd.ClaimId, "assign", cmd.Actor, now,
                to is null ? $"unassigned (was {claim.AssigneeName ?? "nobody"})" : $"assigned to {to.Name}" + (claim.AssigneeName is null ? "" : $" (was {claim.AssigneeName})"), ct);
            if (to is not null && to.UserId != cmd.Actor.UserId)
                await db.Execute("""
                    insert into outbox (kind, instance_id, role, recipient_id, payload, idempotency_key, created_at)
                    values ('claim_assigned', @ClaimId, null, @UserId, @payload, @key, @now)
                    """, new
                {
                    cmd.ClaimId, to.UserId, now, key = $"{cmd.ClaimId}:assign:{now.UtcTicks}:{to.UserId}",
                    payload = JsonSerializer.Serialize(new { by = cmd.Actor.Name, to = to.Name }),
                }, ct);
            return new Result(cmd.ClaimId, to?.Name);
        }
    }
}
