using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>Moves a claim through its workflow. A refusal or a conflict throws, so the command's transaction writes nothing.</summary>
public static class FireTrigger
{
    public sealed record Command(long ClaimId, string Trigger, Actor Actor, string? Note = null, long? ExpectedVersion = null) : ICommand<Result>;
    public sealed record Result(long ClaimId, string From, string To, long Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Trigger).NotEmpty();
            RuleFor(c => c.Note).MaximumLength(4000);
        }
    }

    public sealed class Handler(WorkflowEngine engine) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct) =>
            Check(await engine.Fire(new FireRequest(cmd.ClaimId, cmd.Trigger, cmd.Actor, cmd.Note, ExpectedVersion: cmd.ExpectedVersion), ct), cmd.ClaimId);
    }

    /// <summary>Turns a fire result into a result or the matching exception; used by every slice that fires.</summary>
    public static Result Check(FireResult r, long claimId) => r.Status switch
    {
        FireStatus.Moved => new Result(claimId, r.From!, r.To!, r.Version),
        FireStatus.NotFound => throw new NotFoundException("claim", claimId),
        FireStatus.Conflict => throw new ConflictException($"claim {claimId} was changed by someone else (now '{r.From}'); reload and try again"),
        _ => throw new RefusedException(r.Reasons),
    };
}
