using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// Moves a claim through its workflow. A refusal or a conflict throws, so the command's transaction writes nothing.
/// Coming back into review from approval or publication (send back, revise, correct) supersedes the standing verdict —
/// a new one must be written — and tells the checker who holds the claim (or wrote the verdict) why.
/// </summary>
public static class FireTrigger
{
    /// <param name="PublicNote">Text for readers where the transition requires one (a correction); the note stays internal.</param>
    /// <param name="Relation">For an approval while a card on a similar claim is published: agrees, differs or supersedes.</param>
    public sealed record Command(long ClaimId, string Trigger, Actor Actor, string? Note = null, long? ExpectedVersion = null, string? PublicNote = null,
        string? Relation = null) : ICommand<ClaimFiring.Moved>;

    /// <summary>
    /// The command that fires <paramref name="trigger"/> as the desk, the API and the CLI ask for it: an approval or a
    /// send-back goes through its own use case (Features/Approvals), any other trigger through this one.
    /// </summary>
    public static ICommand<ClaimFiring.Moved> For(long claimId, string trigger, Actor actor, string? note = null, long? expectedVersion = null,
        string? publicNote = null, string? relation = null) => trigger switch
    {
        ClaimWorkflow.Triggers.Approve when publicNote is null => new Approvals.ApproveVerdict.Command(claimId, actor, relation, expectedVersion, note),
        ClaimWorkflow.Triggers.SendBack when publicNote is null && relation is null => new Approvals.SendBackVerdict.Command(claimId, actor, note, expectedVersion),
        _ => new Command(claimId, trigger, actor, note, expectedVersion, publicNote, relation),
    };

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Trigger).NotEmpty();
            RuleFor(c => c.Note).MaximumLength(4000);
            RuleFor(c => c.PublicNote).MaximumLength(4000);
            RuleFor(c => c.Relation).Must(r => r is null || Guards.ComparedWithPublishedCards.Relations.Contains(r)).WithMessage("must be agrees, differs or supersedes");
        }
    }

    public sealed class Handler(WorkflowEngine engine, DbSession db, TimeProvider clock) : ICommandHandler<Command, ClaimFiring.Moved>
    {
        public async ValueTask<ClaimFiring.Moved> Handle(Command cmd, CancellationToken ct)
        {
            var payload = cmd.Relation is null ? null : new System.Text.Json.Nodes.JsonObject { ["relation"] = cmd.Relation }.ToJsonString();
            var r = ClaimFiring.Check(await engine.Fire(new FireRequest(cmd.ClaimId, cmd.Trigger, cmd.Actor, cmd.Note, payload, cmd.ExpectedVersion, cmd.PublicNote), ct), cmd.ClaimId);
            await ClaimFiring.BackToReview(db, clock, r, cmd.Actor, cmd.Note, ct);
            return r;
        }
    }
}
