using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// Moves a claim through its workflow. A refusal or a conflict throws, so the command's transaction writes nothing.
/// Coming back into review from approval or publication (send back, revise, correct) supersedes the standing verdict —
/// a new one must be written — and tells the checker who holds the claim (or wrote the verdict) why.
/// </summary>
public static class FireTrigger
{
    /// <param name="PublicNote">Text for readers where the transition requires one (a correction); the note stays internal.</param>
    /// <param name="Relation">For an approval while a card on a similar claim is published: agrees, differs or supersedes.</param>
    public sealed record Command(long ClaimId, string Trigger, Actor Actor, string? Note = null, long? ExpectedVersion = null, string? PublicNote = null,
        string? Relation = null) : ICommand<Result>;
    public sealed record Result(long ClaimId, string From, string To, long Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Trigger).NotEmpty();
            RuleFor(c => c.Note).MaximumLength(4000);
            RuleFor(c => c.PublicNote).MaximumLength(4000);
            RuleFor(c => c.Relation).Must(r => r is null || Guards.ComparedWithPublishedCards.Relations.Contains(r)).WithMessage("must be agrees, differs or supersedes");
        }
    }

    public sealed class Handler(WorkflowEngine engine, DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            var payload = cmd.Relation is null ? null : new System.Text.Json.Nodes.JsonObject { ["relation"] = cmd.Relation }.ToJsonString();
            var r = Check(await engine.Fire(new FireRequest(cmd.ClaimId, cmd.Trigger, cmd.Actor, cmd.Note, payload, cmd.ExpectedVersion, cmd.PublicNote), ct), cmd.ClaimId);
            await BackToReview(db, clock, r, cmd.Actor, cmd.Note, ct);
            return r;
        }
    }

    /// <summary>After a move into review from a state that held a verdict: the verdict is superseded and its checker told.</summary>
    public static async Task BackToReview(DbSession db, TimeProvider clock, Result r, Actor by, string? note, CancellationToken ct)
    {
        if (r.To != ClaimWorkflow.States.Review || r.From is not (ClaimWorkflow.States.EditorApproval or ClaimWorkflow.States.Published)) return;
        var now = clock.GetUtcNow();
        var author = await db.Scalar<long?>(db.Dialect.Page("select author_id from verdict where claim_id = @ClaimId and superseded_at is null order by id desc"),
            new { r.ClaimId, Skip = 0, Take = 1 }, ct);
        await db.Execute("update verdict set superseded_at = @now where claim_id = @ClaimId and superseded_at is null", new { now, r.ClaimId }, ct);
        var recipient = await db.Scalar<long?>("select assignee_id from claim where id = @ClaimId", new { r.ClaimId }, ct) ?? author;
        if (recipient is null || recipient == by.UserId) return;
        await db.Execute("""
            insert into outbox (kind, instance_id, role, recipient_id, payload, idempotency_key, created_at)
            values ('verdict_sent_back', @ClaimId, null, @recipient, @payload, @key, @now)
            """, new
        {
            r.ClaimId, recipient, now, key = $"{r.ClaimId}:{r.Version}:verdict_sent_back",
            payload = System.Text.Json.JsonSerializer.Serialize(new { by = by.Name, from = r.From, note }),
        }, ct);
    }

    /// <summary>Turns a fire result into a result or the matching exception; used by every slice that fires.</summary>
    public static Result Check(FireResult r, long claimId) => r.Status switch
    {
        FireStatus.Moved => new Result(claimId, r.From!, r.To!, r.Version),
        FireStatus.NotFound => throw new NotFoundException("claim", claimId),
        FireStatus.Conflict => throw new ConflictException($"claim {claimId} was changed by someone else (now '{r.From}'); reload and try again"),
        _ => throw new RefusedException(r.Reasons),
    };
}
