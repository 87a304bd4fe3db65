using FactCheck.Data;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// Publishes the claim's card: a snapshot of the approved verdict as card version N (one more than the last). The
/// job's idempotency key is unique on the card, so publishing the same approval twice leaves one card. The
/// definition's <c>then</c> fires <c>published</c>. Rendering the public page, JSON-LD and image comes with the
/// publishing issue; this records what is published.
/// </summary>
public sealed class PublishCard(DbSession db, TimeProvider clock) : IActivity
{
    sealed class Verdict
    {
        public long Id { get; init; }
        public string Rating { get; init; } = "";
        public string Summary { get; init; } = "";
    }

    public async Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        var verdict = (await db.Query<Verdict>("select id, rating, summary from verdict where claim_id = @InstanceId order by id desc", c, ct)).FirstOrDefault();
        if (verdict is null) return ActivityResult.Fail($"claim {c.InstanceId} has no verdict to publish");
        if (await db.Scalar<long>("select count(*) from claim_card where idempotency_key = @IdempotencyKey", c, ct) > 0)
            return ActivityResult.Done("card already published");
        return ActivityResult.Done($"card published: {verdict.Rating}", (tx, token) => tx.Execute("""
            insert into claim_card (claim_id, version, verdict_id, rating, summary, idempotency_key, published_at)
            select @InstanceId, coalesce(max(version), 0) + 1, @VerdictId, @Rating, @Summary, @IdempotencyKey, @Now
            from claim_card where claim_id = @InstanceId
            """, new { c.InstanceId, VerdictId = verdict.Id, verdict.Rating, verdict.Summary, c.IdempotencyKey, Now = clock.GetUtcNow() }, token));
    }
}
