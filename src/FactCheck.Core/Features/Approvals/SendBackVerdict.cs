using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Approvals;

/// <summary>
/// An editor sends a verdict back to review with a note saying why: the verdict is superseded (a new one must be
/// written) and the checker who holds the claim, or wrote the verdict, is told.
/// </summary>
public static class SendBackVerdict
{
    public sealed record Command(long ClaimId, Actor Actor, string? Note, long? ExpectedVersion = null) : ICommand<ClaimFiring.Moved>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Note).MaximumLength(4000);
    }

    public sealed class Handler(WorkflowEngine engine, DbSession db, TimeProvider clock) : ICommandHandler<Command, ClaimFiring.Moved>
    {
        public async ValueTask<ClaimFiring.Moved> Handle(Command cmd, CancellationToken ct)
        {
            var note = string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim();
            var moved = ClaimFiring.Check(await engine.Fire(new FireRequest(cmd.ClaimId, ClaimWorkflow.Triggers.SendBack, cmd.Actor, note, ExpectedVersion: cmd.ExpectedVersion), ct), cmd.ClaimId);
            await ClaimFiring.BackToReview(db, clock, moved, cmd.Actor, note, ct);
            return moved;
        }
    }
}
