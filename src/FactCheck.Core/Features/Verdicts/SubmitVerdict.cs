using FactCheck.Data;
using FactCheck.Features.Claims;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Verdicts;

/// <summary>
/// Writes a verdict (rating, summary, rationale, cited sources) and fires submit_verdict, in one transaction:
/// if the workflow refuses, the verdict is not kept either.
/// </summary>
public static class SubmitVerdict
{
    /// <param name="CitedSourceIds">Sources the verdict rests on; empty cites every source attached to the claim.</param>
    public sealed record Command(long ClaimId, Actor Actor, string Rating, string Summary, string? Rationale = null,
        long[]? CitedSourceIds = null, long? ExpectedVersion = null) : ICommand<Result>;
    public sealed record Result(long VerdictId, string State);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Rating).NotEmpty().WithMessage("choose a rating: none is chosen for you");
            RuleFor(c => c.Rating).Must(Ratings.IsKnown).When(c => !string.IsNullOrEmpty(c.Rating)).WithMessage(c => $"'{c.Rating}' is not on the desk's scale: {Ratings.Names}");
            RuleFor(c => c.Summary).NotEmpty().MaximumLength(2000);
            RuleFor(c => c.Rationale).MaximumLength(50_000);
        }
    }

    public sealed class Handler(DbSession db, WorkflowEngine engine, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            await ClaimSql.Get(db, cmd.ClaimId, ct);
            var sources = (await db.Query<long>("select id from source where claim_id = @ClaimId and removed_at is null", new { cmd.ClaimId }, ct)).ToHashSet();
            var cited = cmd.CitedSourceIds is { Length: > 0 } ids ? ids.Distinct().ToArray() : sources.ToArray();
            if (cited.Where(id => !sources.Contains(id)).Select(id => (long?)id).FirstOrDefault() is { } bad)
                throw new InputException("citedSourceIds", $"source {bad} is not attached to claim {cmd.ClaimId}");
            await RefuseUnchanged(cmd, cited, ct);
            var id = await db.Insert("verdict", "claim_id, author_id, rating, summary, rationale, created_at",
                "@ClaimId, @UserId, @Rating, @Summary, @Rationale, @Now",
                new { cmd.ClaimId, cmd.Actor.UserId, cmd.Rating, cmd.Summary, cmd.Rationale, Now = clock.GetUtcNow() }, ct);
            if (cited.Length > 0)
                await db.Execute("insert into verdict_source (verdict_id, source_id) values (@VerdictId, @SourceId)",
                    cited.Select(s => new { VerdictId = id, SourceId = s }), ct);
            var moved = ClaimFiring.Check(await engine.Fire(new FireRequest(cmd.ClaimId, ClaimWorkflow.Triggers.SubmitVerdict, cmd.Actor, ExpectedVersion: cmd.ExpectedVersion), ct), cmd.ClaimId);
            return new Result(id, moved.To);
        }

        /// <summary>After a send-back, the same verdict again (rating, summary, rationale and sources) is refused: the editor asked for a change.</summary>
        async Task RefuseUnchanged(Command cmd, long[] cited, CancellationToken ct)
        {
            var last = (await db.Query<Previous>(db.Dialect.Page("""
                select id, rating, summary, rationale from verdict where claim_id = @ClaimId and superseded_at is not null order by id desc
                """), new { cmd.ClaimId, Skip = 0, Take = 1 }, ct)).FirstOrDefault();
            if (last is null || last.Rating != cmd.Rating || last.Summary.Trim() != cmd.Summary.Trim() || (last.Rationale ?? "").Trim() != (cmd.Rationale ?? "").Trim()) return;
            var before = (await db.Query<long>("select source_id from verdict_source where verdict_id = @Id", new { last.Id }, ct)).ToHashSet();
            if (before.SetEquals(cited))
                throw new RefusedException(["this is the verdict that was sent back, unchanged: revise it as the editor's note asks (rating, summary, rationale or sources)"]);
        }

        sealed class Previous
        {
            public long Id { get; init; }
            public string Rating { get; init; } = "";
            public string Summary { get; init; } = "";
            public string? Rationale { get; init; }
        }
    }
}
