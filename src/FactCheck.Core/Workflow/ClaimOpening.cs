using FactCheck.Data;
using FactCheck.Workflows;
using FluentValidation;

namespace FactCheck.Workflow;

/// <summary>
/// Opening a claim, shared by every way one opens (adding it by hand, article intake, bulk import): the rules a claim
/// opens under, then the claim row at the initial state of the newest claim-review, its search entry and the engine's
/// start (journal row, the state's jobs and timer). A claim that breaks the rules is refused here, whoever opens it.
/// </summary>
public static class ClaimOpening
{
    /// <summary>A claim to open.</summary>
    public sealed record NewClaim(string Text, string? Speaker, string? Channel = null, string? Quote = null,
        long? ArticleId = null, int? SpanStart = null, int? SpanEnd = null, int Priority = 0, Actor? Actor = null, string? SpeakerKind = null,
        string? SpeakerRole = null);

    /// <summary>The claim opened: its id, state and definition version.</summary>
    public sealed record Opened(long Id, string State, int WorkflowVersion);

    sealed class Rules : AbstractValidator<NewClaim>
    {
        public Rules()
        {
            RuleFor(c => c.Text).NotEmpty().MaximumLength(10_000);
            RuleFor(c => c.Speaker).MaximumLength(300);
            RuleFor(c => c.Channel).MaximumLength(300);
            RuleFor(c => c.SpeakerRole).MaximumLength(300);
            RuleFor(c => c.SpanEnd).GreaterThanOrEqualTo(c => c.SpanStart).When(c => c.SpanStart is not null && c.SpanEnd is not null);
            RuleFor(c => c.SpeakerKind).Must(k => k is null || Publishing.SpeakerKinds.IsKnownKind(k)).WithMessage("must be person or organization");
        }
    }

    static readonly Rules Check = new();

    /// <summary>What is wrong with a claim to open, field and message; none when it may open.</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(NewClaim claim) =>
        [.. Check.Validate(claim).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];

    /// <summary>Inserts the claim at the initial state and starts its workflow, inside the caller's transaction.</summary>
    /// <param name="embedding">The text's embedding when the caller computed it in a batch; else it is computed here.</param>
    public static async ValueTask<Opened> Open(DbSession db, WorkflowEngine engine, TimeProvider clock, NewClaim cmd, CancellationToken ct, sbyte[]? embedding = null)
    {
        if (Problems(cmd) is { Count: > 0 } problems) throw new InputException(problems);
        var definition = engine.Catalog.Latest(ClaimWorkflow.Id);
        var now = clock.GetUtcNow();
        var id = await db.Insert("claim",
            "workflow_id, workflow_version, state, row_version, priority, due_at, text, speaker, speaker_kind, speaker_role, channel, quote, article_id, span_start, span_end, has_incident, created_at, updated_at",
            "@WorkflowId, @Version, @State, 0, @Priority, @DueAt, @Text, @Speaker, @SpeakerKind, @SpeakerRole, @Channel, @Quote, @ArticleId, @SpanStart, @SpanEnd, 0, @Now, @Now",
            new
            {
                WorkflowId = definition.Id, definition.Version, State = definition.Initial, cmd.Priority,
                DueAt = now + definition.States[definition.Initial].Due,
                cmd.Text, cmd.Speaker, SpeakerKind = cmd.SpeakerKind ?? Publishing.SpeakerKinds.Kind(cmd.Speaker), SpeakerRole = string.IsNullOrWhiteSpace(cmd.SpeakerRole) ? null : cmd.SpeakerRole.Trim(), cmd.Channel, cmd.Quote, cmd.ArticleId, cmd.SpanStart, cmd.SpanEnd, Now = now,
            }, ct);
        await FactCheck.Search.ClaimMatches.Index(db, id, cmd.Text, ct, vector: embedding);
        await engine.Started(id, cmd.Actor ?? Actor.System, ct);
        return new Opened(id, definition.Initial, definition.Version);
    }
}
