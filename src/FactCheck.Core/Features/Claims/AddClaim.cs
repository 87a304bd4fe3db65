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
        string? Evidence = null, string? SpeakerRole = null) : ICommand<ClaimOpening.Opened>
    {
        public ClaimOpening.NewClaim ToNewClaim() => new(Text, Speaker, Channel, Quote, ArticleId, SpanStart, SpanEnd, Priority, Actor, SpeakerKind, SpeakerRole);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        /// <summary>The rules every claim opens under (<see cref="ClaimOpening.Problems"/>), reported on the command's fields.</summary>
        public Validator() => RuleFor(c => c).Custom((c, context) =>
        {
            foreach (var (field, message) in ClaimOpening.Problems(c.ToNewClaim())) context.AddFailure(field, message);
        });
    }

    public sealed class Handler(DbSession db, WorkflowEngine engine, TimeProvider clock) : ICommandHandler<Command, ClaimOpening.Opened>
    {
        public async ValueTask<ClaimOpening.Opened> Handle(Command cmd, CancellationToken ct)
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
            return await ClaimOpening.Open(db, engine, clock, cmd.ToNewClaim(), ct);
        }
    }
}
