using FactCheck.Data;
using FactCheck.Workflows;

namespace FactCheck.Workflow;

/// <summary>
/// Firing a claim's trigger, shared by every use case that does (fire a trigger, submit a verdict, edit a claim in
/// approval): the engine's result mapped to the move or the matching exception, and what coming back into review means.
/// </summary>
public static class ClaimFiring
{
    /// <summary>A claim moved: from, to, its new row version.</summary>
    public sealed record Moved(long ClaimId, string From, string To, long Version);

    /// <summary>After a move into review from a state that held a verdict: the verdict is superseded and its checker told.</summary>
    public static async Task BackToReview(DbSession db, TimeProvider clock, Moved r, Actor by, string? note, CancellationToken ct)
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
    public static Moved Check(FireResult r, long claimId) => r.Status switch
    {
        FireStatus.Moved => new Moved(claimId, r.From!, r.To!, r.Version),
        FireStatus.NotFound => throw new NotFoundException("claim", claimId),
        FireStatus.Conflict => throw new ConflictException($"claim {claimId} was changed by someone else (now '{r.From}'); reload and try again"),
        _ => throw new RefusedException(r.Reasons),
    };
}
