using FactCheck.Workflows;
using System.Text.Json;
using FactCheck.Data;
using FactCheck.Publishing;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// POSTs a published card to a webhook target as JSON (the ClaimReview and the card), signed (see <see cref="Webhook"/>).
/// Retried by the runtime; when retries are spent it becomes an incident.
/// </summary>
public sealed class PushCard(DbSession db, PublishingOptions options, IHttpClientFactory http) : IActivity
{
    /// <summary>It delivers a card that was published: the claim moving on since does not undo it.</summary>
    public bool RunsAfterLeavingState => true;

    public async Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        if (Webhook.TargetOf(options, c) is not { } target) return Webhook.NoTarget(c);
        var card = await CardSql.Get(db, c.InputString("slug") ?? "", ct: ct);
        if (card is null) return ActivityResult.Fail($"card '{c.InputString("slug")}' does not exist");
        var body = JsonSerializer.Serialize(new { @event = WebhookTarget.CardPublished, card = CardRenderer.ClaimReview(card, options), slug = card.Slug, version = card.Version });
        return await Webhook.Post(http, target, WebhookTarget.CardPublished, body, c.IdempotencyKey, ct);
    }
}
