using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.Incidents;

/// <summary>
/// Closes an incident without running its job again (the work was done by hand, or no longer matters), with a note
/// saying why; the job stays failed, the claim's journal records who closed it and the note.
/// </summary>
public static class ResolveIncident
{
    public sealed record Command(long IncidentId, Actor Actor, string? Note) : ICommand<Result>;
    public sealed record Result(long IncidentId, long InstanceId);

    public sealed class Handler(FactCheck.Workflows.Incidents incidents) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            RetryIncident.Authorize(cmd.Actor, "resolving an incident");
            var note = cmd.Note?.Trim();
            if (string.IsNullOrEmpty(note)) throw new InputException("Note", "say how the incident was resolved (it goes into the claim's journal)");
            if (note.Length > 2000) throw new InputException("Note", "at most 2,000 characters");
            var row = RetryIncident.Open(await incidents.Resolve(cmd.IncidentId, cmd.Actor, note, ct), cmd.IncidentId);
            return new Result(cmd.IncidentId, row.InstanceId);
        }
    }
}
