using FactCheck.Workflows;
using System.Text.Json;
using FactCheck.Data;
using FactCheck.Features.Events;
using FactCheck.Publishing;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// POSTs one outbox event (input: <c>target</c>, <c>event</c> = the event's key) to a webhook target that receives it,
/// in the same shape as the API's event feed, signed (see <see cref="Webhook"/>). Retried, then an incident.
/// </summary>
public sealed class PushEvent(DbSession db, PublishingOptions options, IHttpClientFactory http) : IActivity
{
    /// <summary>It delivers an event that happened: the claim moving on since does not undo it.</summary>
    public bool RunsAfterLeavingState => true;

    public async Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        if (Webhook.TargetOf(options, c) is not { } target) return Webhook.NoTarget(c);
        var e = await ListEvents.ByKey(db, c.InputString("event") ?? "", ct);
        if (e is null) return ActivityResult.Fail($"event '{c.InputString("event")}' does not exist");
        return await Webhook.Post(http, target, e.Event, JsonSerializer.Serialize(e, ListEvents.Json), c.IdempotencyKey, ct);
    }
}
