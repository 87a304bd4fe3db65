using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// Opens a workflow item for one claim, on the highest version of claim-review, at its initial state. A claim added by
/// hand to an article names the article and the words in it the claim rests on (<c>Evidence</c>, found in the article's
/// text, which becomes the claim's highlighted span), or the span itself.
/// </summary>
public static class AddClaim
{
    public sealed record Command(string Text, string? Speaker, string? Channel = null, string? Quote = null,
        long? ArticleId = null, int? SpanStart = null, int? SpanEnd = null, int Priority = 0, Actor? Actor = null, string? SpeakerKind = null,
        string? Evidence = null, string? SpeakerRole = null) : ICommand<Result>;
    public sealed record Result(long Id, string State, int WorkflowVersion);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Text).NotEmpty().MaximumLength(10_000);
            RuleFor(c => c.Speaker).MaximumLength(300);
            RuleFor(c => c.Channel).MaximumLength(300);
            RuleFor(c => c.SpeakerRole).MaximumLength(300);
            RuleFor(c => c.SpanEnd).GreaterThanOrEqualTo(c => c.SpanStart).When(c => c.SpanStart is not null && c.SpanEnd is not null);
            RuleFor(c => c.SpeakerKind).Must(k => k is null || Publishing.SpeakerKinds.IsKnownKind(k)).WithMessage("must be person or organization");
        }
    }

    public sealed class Handler(DbSession db, WorkflowEngine engine, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            if (cmd.ArticleId is { } article)
            {
                var body = await db.Scalar<string?>("select body from article where id = @article", new { article }, ct) ?? throw new NotFoundException("article", article);
                if (cmd.SpanStart is { } start && (start < 0 || (cmd.SpanEnd ?? start) > body.Length))
                    throw new InputException("span", $"article {article} has {body.Length} characters; the span lies outside it");
                if (cmd.SpanStart is null)
                {
                    var words = cmd.Evidence ?? cmd.Text;
                    var at = body.IndexOf(words.Trim(), StringComparison.Ordinal);
                    if (at < 0 && cmd.Evidence is not null)
                        throw new InputException("evidence", $"these words are not in article {article}: give the words exactly as the article has them");
                    if (at >= 0) cmd = cmd with { SpanStart = at, SpanEnd = at + words.Trim().Length };
                }
            }
            return await Open(db, engine, clock, cmd, ct);
        }
    }

    static readonly Validator Rules = new();

    /// <summary>What is wrong with a claim to open (the same rules the command's validator applies), field and message; none when it may open.</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(Command cmd) =>
        [.. Rules.Validate(cmd).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];

    /// <summary>
    /// Inserts the claim at the initial state and starts its workflow; shared with article intake and bulk import, which
    /// get the same checks as the command (a claim that breaks them is refused here, whoever opens it).
    /// </summary>
    public static async ValueTask<Result> Open(DbSession db, WorkflowEngine engine, TimeProvider clock, Command cmd, CancellationToken ct, sbyte[]? embedding = null)
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
        await SimilarClaims.Index(db, id, cmd.Text, ct, vector: embedding);
        await engine.Started(id, cmd.Actor ?? Actor.System, ct);
        return new Result(id, definition.Initial, definition.Version);
    }
}
