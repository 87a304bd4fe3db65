using FactCheck.Workflows;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Data;
using FactCheck.Publishing;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// Publishes the claim's card: a snapshot of the approved verdict, its sources, reviewer and approver as card version N
/// (one more than the last; a correction note when the claim came back through `correct`). The job's idempotency key
/// is unique on the card, so publishing the same approval twice leaves one card. Webhook pushes are enqueued as jobs in
/// the same transaction. The definition's <c>then</c> fires <c>published</c>.
/// </summary>
public sealed partial class PublishCard(DbSession db, TimeProvider clock, PublishingOptions publishing) : IActivity
{
    sealed class Snapshot
    {
        public long ClaimId { get; init; }
        public string Text { get; init; } = "";
        public string? Speaker { get; init; }
        public string? SpeakerKind { get; init; }
        public string? SpeakerRole { get; init; }
        public string? Channel { get; init; }
        public string? Quote { get; init; }
        public string? Body { get; init; }
        public string? Outlet { get; init; }
        public string? Url { get; init; }
        public string? Title { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public long VerdictId { get; init; }
        public string Rating { get; init; } = "";
        public string Summary { get; init; } = "";
        public string? Rationale { get; init; }
        public string Reviewer { get; init; } = "";
    }

    const string Read = """
        select c.id as claim_id, c.text, c.speaker, c.speaker_kind, c.speaker_role, c.channel, c.quote, a.body, a.outlet, a.url, a.title, a.published_at,
               v.id as verdict_id, v.rating, v.summary, v.rationale, coalesce(u.display_name, u.name) as reviewer
        from claim c
        left join article a on a.id = c.article_id
        join verdict v on v.id = (select max(v2.id) from verdict v2 where v2.claim_id = c.id and v2.superseded_at is null)
        join app_user u on u.id = v.author_id
        where c.id = @InstanceId
        """;

    sealed class Previous
    {
        public string Slug { get; init; } = "";
        public DateTimeOffset PublishedAt { get; init; }
    }

    public async Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        if (await db.Scalar<long>("select count(*) from claim_card where idempotency_key = @IdempotencyKey", c, ct) > 0)
            return ActivityResult.Done("card already published");
        var s = await db.QuerySingleOrDefault<Snapshot>(Read, c, ct);
        if (s is null) return ActivityResult.Fail($"claim {c.InstanceId} has no verdict to publish");
        var sources = (await db.Query<CardSource>("""
            select s.url, s.title, s.kind from verdict_source vs join source s on s.id = vs.source_id
            where vs.verdict_id = @VerdictId and s.removed_at is null order by s.id
            """, s, ct)).ToList();
        var original = (await db.Query<CardSource>("""
            select url, title, kind from source where claim_id = @InstanceId and kind = 'primary' and is_original = 1 and removed_at is null order by id
            """, c, ct)).FirstOrDefault();
        var approver = (await db.Query<string>("""
            select coalesce(u.display_name, j.actor) from journal j left join app_user u on u.id = j.actor_id
            where j.instance_id = @InstanceId and j.trigger_name = 'approve' order by j.id desc
            """, c, ct)).FirstOrDefault();
        // Only words the article itself puts in quotation marks may appear as the speaker's words.
        var quote = s.Quote is { Length: > 0 } q && Quotes.IsQuotedIn(s.Body, q) ? q : null;
        var previous = (await db.Query<Previous>("select slug, published_at from claim_card where claim_id = @InstanceId order by version desc", c, ct)).FirstOrDefault();
        string? correction = null;
        if (previous is not null)
            correction = PublicNote.Read((await db.Query<string?>("""
                select payload from journal where instance_id = @InstanceId and trigger_name = 'correct' and at >= @At order by id desc
                """, new { c.InstanceId, At = previous.PublishedAt }, ct)).FirstOrDefault()) ?? "Corrected.";
        var slug = previous?.Slug ?? Slug(s.Text, c.InstanceId);
        var now = clock.GetUtcNow();
        return ActivityResult.Done($"card {slug} published: {s.Rating}", SqlCommit.In(async (tx, token) =>
        {
            await tx.Execute("""
                insert into claim_card (claim_id, version, verdict_id, rating, summary, idempotency_key, published_at, slug, claim_text, speaker, channel,
                                        appeared_url, appeared_title, appeared_at, rationale, reviewer, approver, sources_json, correction_note,
                                        quote, speaker_kind, speaker_role, outlet, original_url, original_title)
                select @ClaimId, coalesce(max(version), 0) + 1, @VerdictId, @Rating, @Summary, @Key, @Now, @Slug, @Text, @Speaker, @Channel,
                       @Url, @Title, @PublishedAt, @Rationale, @Reviewer, @Approver, @Sources, @Correction,
                       @Quote, @SpeakerKind, @SpeakerRole, @Outlet, @OriginalUrl, @OriginalTitle
                from claim_card where claim_id = @ClaimId
                """, new
            {
                s.ClaimId, s.VerdictId, s.Rating, s.Summary, Key = c.IdempotencyKey, Now = now, Slug = slug, s.Text, s.Speaker, s.Channel,
                s.Url, s.Title, s.PublishedAt, s.Rationale, s.Reviewer, Approver = approver, Sources = JsonSerializer.Serialize(sources, Card.JsonOptions), Correction = correction,
                Quote = quote, SpeakerKind = s.SpeakerKind ?? SpeakerKinds.Kind(s.Speaker), s.SpeakerRole, s.Outlet, OriginalUrl = original?.Url, OriginalTitle = original?.Title,
            }, token);
            await FactCheck.Search.ClaimMatches.Index(tx, s.ClaimId, s.Text, token, headline: s.Summary);
            await Outbox.Add(tx, publishing, c, WebhookTarget.CardPublished, null, new { claim = c.InstanceId, slug, url = publishing.CardUrl(slug), rating = s.Rating }, now, token);
            await new Workflow.SqlWorkflowStore(tx).Enqueue([.. publishing.Webhooks.Where(t => t.Receives(WebhookTarget.CardPublished)).Select(target =>
                new Workflows.JobRequest(c.InstanceId, "push-card", now, target.MaxAttempts, 2000, null, $"{c.IdempotencyKey}:push:{target.Name}", c.State, c.StateVersion,
                    JsonSerializer.Serialize(new { target = target.Name, slug })))], token);
        }));
    }

    /// <summary>"Cargo traffic rose 14 percent…" → "cargo-traffic-rose-14-percent-last-year-12".</summary>
    public static string Slug(string text, long claimId)
    {
        var words = NonWord().Replace(text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormKD), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(ch => ch < 128)).Take(7);
        var stem = string.Join('-', words);
        return (stem.Length == 0 ? "claim" : stem) + "-" + claimId;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
