using FactCheck.Data;
using FactCheck.Publishing;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// The claim as checked: its statement (what the card shows and ClaimReview's claimReviewed carries), speaker, whether
/// the speaker is a person or an organisation, the channel, and the URL of the article it appeared in. Editable by a
/// checker or editor until the verdict is approved; an edit while the verdict awaits approval withdraws it (the claim goes
/// back to review, the verdict is superseded). Each edit is one journal entry with what was and what is. A field left
/// null stays as it is; an empty channel clears it.
/// </summary>
public static class EditClaim
{
    public sealed record Command(long ClaimId, Actor Actor, string? Statement = null, string? Speaker = null, string? SpeakerKind = null,
        string? Channel = null, string? ArticleUrl = null, long? ExpectedVersion = null, string? SpeakerRole = null) : ICommand<Result>;
    public sealed record Result(long ClaimId, IReadOnlyList<string> Changes, string State);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Statement).Must(s => s is null || !string.IsNullOrWhiteSpace(s)).WithMessage("the statement cannot be empty").MaximumLength(10_000);
            RuleFor(c => c.Speaker).MaximumLength(300);
            RuleFor(c => c.Channel).MaximumLength(300);
            RuleFor(c => c.SpeakerRole).MaximumLength(300);
            RuleFor(c => c.SpeakerKind).Must(k => k is null or "" || SpeakerKinds.IsKnownKind(k)).WithMessage("must be person or organization");
            RuleFor(c => c.ArticleUrl).Must(u => string.IsNullOrEmpty(u) || SafeUrls.IsHttp(u)).WithMessage(SafeUrls.Message);
        }
    }

    public sealed class Handler(DbSession db, WorkflowEngine engine, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            ClaimSql.Require(cmd.Actor, "editing a claim", ClaimWorkflow.Roles.FactChecker, ClaimWorkflow.Roles.Editor);
            var claim = await ClaimSql.Get(db, cmd.ClaimId, ct);
            if (cmd.ExpectedVersion is { } v && v != claim.RowVersion)
                throw new ConflictException($"claim {cmd.ClaimId} was changed by someone else (now version {claim.RowVersion}); reload and try again");
            if (!ClaimWorkflow.States.Editable.Contains(claim.State))
                throw new RefusedException([claim.State == ClaimWorkflow.States.Published
                    ? $"claim {cmd.ClaimId} is published: an editor corrects it first (the 'correct' trigger), then it can be edited"
                    : $"claim {cmd.ClaimId} is {claim.State}: it can no longer be edited"]);
            var articleUrl = claim.ArticleId is null ? null : await db.Scalar<string?>("select url from article where id = @ArticleId", claim, ct);
            if (cmd.ArticleUrl is not null && claim.ArticleId is null)
                throw new InputException("articleUrl", "this claim was not ingested from an article; it has no article URL to edit");

            var statement = cmd.Statement?.Trim() ?? claim.Text;
            var speaker = cmd.Speaker is null ? claim.Speaker : Blank(cmd.Speaker);
            var kind = cmd.SpeakerKind is null ? claim.SpeakerKind : Blank(cmd.SpeakerKind);
            if (cmd.Speaker is not null && cmd.SpeakerKind is null && speaker != claim.Speaker) kind = SpeakerKinds.Kind(speaker);
            var channel = cmd.Channel is null ? claim.Channel : Blank(cmd.Channel);
            // Another speaker does not keep the first one's role unless it is given again.
            var role = cmd.SpeakerRole is null ? (speaker == claim.Speaker ? claim.SpeakerRole : null) : Blank(cmd.SpeakerRole);
            var url = cmd.ArticleUrl is null ? articleUrl : Blank(cmd.ArticleUrl);

            var changes = new List<string>();
            void Diff(string what, string? was, string? now) { if (was != now) changes.Add($"{what}: “{was ?? "—"}” → “{now ?? "—"}”"); }
            Diff("statement", claim.Text, statement);
            Diff("speaker", claim.Speaker, speaker);
            Diff("speaker is", claim.SpeakerKind, kind);
            Diff("speaker's role", claim.SpeakerRole, role);
            Diff("channel", claim.Channel, channel);
            Diff("article URL", articleUrl, url);
            if (changes.Count == 0) return new Result(cmd.ClaimId, [], claim.State);

            var now = clock.GetUtcNow();
            var state = claim.State;
            if (claim.State == ClaimWorkflow.States.EditorApproval)
            {
                // The editor was to approve the claim as it stood: an edit withdraws the verdict first.
                var moved = ClaimFiring.Check(await engine.Fire(new FireRequest(cmd.ClaimId, ClaimWorkflow.Triggers.Revise, cmd.Actor, "edited while awaiting approval: " + string.Join("; ", changes)), ct), cmd.ClaimId);
                await ClaimFiring.BackToReview(db, clock, moved, cmd.Actor, "the claim was edited", ct);
                state = moved.To;
            }
            await db.Execute("""
                update claim set text = @statement, speaker = @speaker, speaker_kind = @kind, speaker_role = @role, channel = @channel, updated_at = @now, row_version = row_version + 1
                where id = @ClaimId
                """, new { statement, speaker, kind, role, channel, now, cmd.ClaimId }, ct);
            if (url != articleUrl) await db.Execute("update article set url = @url where id = @ArticleId", new { url, claim.ArticleId }, ct);
            if (statement != claim.Text) await FactCheck.Search.ClaimMatches.Index(db, cmd.ClaimId, statement, ct);
            await ClaimSql.Journal(db, cmd.ClaimId, "edit", cmd.Actor, now, string.Join("; ", changes), ct);
            return new Result(cmd.ClaimId, changes, state);
        }

        static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
