using System.Text.Json;
using FactCheck.Data;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// Writes an event to the outbox for a role (input: <c>role</c>, <c>event</c>). Delivery (e-mail, chat, webhooks)
/// reads the outbox; the unique idempotency key keeps one row per job however often it runs.
/// </summary>
public sealed class Notify(TimeProvider clock) : IActivity
{
    public Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        var kind = c.InputString("event") ?? "notify";
        var role = c.InputString("role");
        return Task.FromResult(ActivityResult.Done($"{kind} for {role ?? "everyone"}", (db, token) =>
            Outbox.Add(db, kind, c.InstanceId, role, new { claim = c.InstanceId, state = c.State }, c.IdempotencyKey, clock.GetUtcNow(), token)));
    }
}

public static class Outbox
{
    public static Task Add(DbSession db, string kind, long instanceId, string? role, object payload, string key, DateTimeOffset at, CancellationToken ct) =>
        db.Execute("""
            insert into outbox (kind, instance_id, role, payload, idempotency_key, created_at)
            values (@kind, @instanceId, @role, @Payload, @key, @at)
            """, new { kind, instanceId, role, Payload = JsonSerializer.Serialize(payload), key, at }, ct);
}
