using System.Text.Json;
using FactCheck.Data;
using FactCheck.Publishing;
using FactCheck.Workflows;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// Writes an event to the outbox for a role (input: <c>role</c>, <c>event</c>): the desk's notifications page, the
/// API's event feed and every webhook target that receives the event read it. The unique idempotency key keeps one row
/// per job however often it runs.
/// </summary>
public sealed class Notify(PublishingOptions publishing, TimeProvider clock) : IActivity
{
    public Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        var kind = c.InputString("event") ?? "notify";
        var role = c.InputString("role");
        return Task.FromResult(ActivityResult.Done($"{kind} for {role ?? "everyone"}", SqlCommit.In((db, token) =>
            Outbox.Add(db, publishing, c, kind, role, new { claim = c.InstanceId, state = c.State }, clock.GetUtcNow(), token))));
    }
}

public static class Outbox
{
    /// <summary>Every event the definitions can raise: each notify step's event, overdue (due times) and card.published.</summary>
    public static IReadOnlySet<string> Kinds(WorkflowCatalog catalog)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal) { WebhookTarget.CardPublished, "overdue", "verdict_sent_back", "claim_assigned" };
        foreach (var step in catalog.All.SelectMany(d => d.States.Values).SelectMany(s => s.OnEnter).Where(a => a.Activity == "notify"))
            kinds.Add(ActivityContext.InputString(step.Input, "event") ?? "notify");
        return kinds;
    }

    /// <summary>
    /// The event row, and a <c>push-event</c> job for each webhook target that receives this kind (card.published is
    /// pushed with the card by publish-card instead). Runs inside the activity's commit: all of it or nothing.
    /// </summary>
    public static async Task Add(DbSession db, PublishingOptions publishing, ActivityContext c, string kind, string? role, object payload, DateTimeOffset at, CancellationToken ct)
    {
        await db.Execute("""
            insert into outbox (kind, instance_id, role, payload, idempotency_key, created_at)
            values (@kind, @InstanceId, @role, @Payload, @IdempotencyKey, @at)
            """, new { kind, c.InstanceId, role, Payload = JsonSerializer.Serialize(payload), c.IdempotencyKey, at }, ct);
        if (kind == WebhookTarget.CardPublished) return;
        await new Workflow.SqlWorkflowStore(db).Enqueue([.. publishing.Webhooks.Where(t => t.Receives(kind)).Select(target => new JobRequest(
            c.InstanceId, "push-event", at, target.MaxAttempts, 2000, null, $"{c.IdempotencyKey}:event:{target.Name}", c.State, c.StateVersion,
            JsonSerializer.Serialize(new { target = target.Name, @event = c.IdempotencyKey })))], ct);
    }
}
