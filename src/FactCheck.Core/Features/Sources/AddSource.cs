using FactCheck.Data;
using FactCheck.Features.Claims;
using FactCheck.Publishing;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Sources;

/// <summary>Attaches a source (primary or secondary) to a claim, with the passage checked and whether the quote was found in it.</summary>
public static class AddSource
{
    public sealed record Command(long ClaimId, Actor Actor, string Url, string Kind = "primary", string? Title = null,
        string? Passage = null, bool? QuoteFound = null, bool IsOriginal = false) : ISourceFields, ICommand<Result>;
    public sealed record Result(long SourceId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new SourceFieldsValidator());
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            ClaimSql.Require(cmd.Actor, "adding a source", ClaimWorkflow.Roles.FactChecker, ClaimWorkflow.Roles.Editor);
            var claim = await ClaimSql.Get(db, cmd.ClaimId, ct);
            SourceRules.RequireOpen(claim, "added");
            var now = clock.GetUtcNow();
            var id = await db.Insert("source", "claim_id, url, title, kind, passage, quote_found, is_original, added_by, created_at",
                "@ClaimId, @Url, @Title, @Kind, @Passage, @QuoteFound, @IsOriginal, @UserId, @Now",
                new
                {
                    cmd.ClaimId, cmd.Url, cmd.Title, cmd.Kind, cmd.Passage, QuoteFound = cmd.QuoteFound is { } f ? (f ? 1 : 0) : (int?)null,
                    IsOriginal = cmd.IsOriginal && cmd.Kind == "primary" ? 1 : 0, cmd.Actor.UserId, Now = now,
                }, ct);
            await ClaimSql.Journal(db, cmd.ClaimId, "source", cmd.Actor, now, $"{cmd.Kind}: {cmd.Url}", ct);
            return new Result(id);
        }
    }
}
