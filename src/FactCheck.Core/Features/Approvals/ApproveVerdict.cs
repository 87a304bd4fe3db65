using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Approvals;

/// <summary>
/// An editor approves a verdict: the claim goes to publishing. Whether they may (their role, not their own verdict,
/// a complete verdict, a relation to any card already published on the same claim) is the definition's and its
/// guards' to say; this use case only gives the guard the relation and journals, with the approval, which published
/// cards it was compared with and how.
/// </summary>
public static class ApproveVerdict
{
    /// <param name="Relation">agrees, differs or supersedes, when a card on the same claim is already published.</param>
    /// <param name="Note">The editor's own note, journaled before the comparison.</param>
    public sealed record Command(long ClaimId, Actor Actor, string? Relation = null, long? ExpectedVersion = null, string? Note = null) : ICommand<ClaimFiring.Moved>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Relation).Must(r => r is null || PublishedOnSameClaim.Relations.ContainsKey(r)).WithMessage("must be agrees, differs or supersedes");
            RuleFor(c => c.Note).MaximumLength(4000);
        }
    }

    public sealed class Handler(WorkflowEngine engine, DbSession db) : ICommandHandler<Command, ClaimFiring.Moved>
    {
        public async ValueTask<ClaimFiring.Moved> Handle(Command cmd, CancellationToken ct)
        {
            string? note = string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim(), payload = null;
            if (cmd.Relation is { } relation)
            {
                payload = new System.Text.Json.Nodes.JsonObject { ["relation"] = relation }.ToJsonString();
                var published = await PublishedOnSameClaim.Find(db, cmd.ClaimId, ct);
                if (published.Count > 0)
                    note = (note is null ? "" : note + " ") + $"Compared with the published card{(published.Count > 1 ? "s" : "")} " +
                           $"{string.Join(", ", published.Select(p => $"{p.Slug} (rated {Ratings.Find(p.Rating)?.Label ?? p.Rating})"))}: {PublishedOnSameClaim.Relations[relation]}.";
            }
            return ClaimFiring.Check(await engine.Fire(new FireRequest(cmd.ClaimId, ClaimWorkflow.Triggers.Approve, cmd.Actor, note, payload, cmd.ExpectedVersion), ct), cmd.ClaimId);
        }
    }
}
