using FactCheck.Data;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.WorkflowVersions;

/// <summary>
/// Moves running claims to another version of their workflow definition (`factcheck workflows migrate`). Every claim
/// not yet on that version and not in a final state is placed first (its state, or the one --map gives, must exist
/// there); if any cannot be placed nothing changes and each is named. Otherwise every claim moves, each with one journal
/// row, in the command's one transaction (all or nothing); pending work the new state does not run is cancelled. A dry
/// run only reports. Claims in final states stay on the version they ended on.
/// </summary>
public static class MigrateWorkflow
{
    public sealed record Command(string WorkflowId, int ToVersion, IReadOnlyDictionary<string, string> Map, bool DryRun, Actor Actor) : ICommand<Result>;

    /// <param name="Moves">From state → to state, with how many claims and which pending activities are cancelled.</param>
    public sealed record Result(int Claims, int Migrated, IReadOnlyList<Move> Moves, IReadOnlyList<string> Problems, bool DryRun);
    public sealed record Move(int FromVersion, string From, string To, int Claims, IReadOnlyList<string> Cancelled);

    public sealed class Handler(DbSession db, WorkflowEngine engine) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            if (cmd.Actor.UserId is not null) Claims.ClaimSql.Require(cmd.Actor, "migrating claims to another workflow version", Workflow.ClaimWorkflow.Roles.Admin);
            WorkflowDefinition target;
            try { target = engine.Catalog.Get(cmd.WorkflowId, cmd.ToVersion); }
            catch (KeyNotFoundException) { throw new InputException("to", $"{cmd.WorkflowId} has no version {cmd.ToVersion} (loaded: {string.Join(", ", engine.Catalog.All.Where(d => d.Id == cmd.WorkflowId).Select(d => "v" + d.Version))})"); }
            foreach (var (from, to) in cmd.Map)
                if (!target.States.ContainsKey(to)) throw new InputException("map", $"{from}={to}: {cmd.WorkflowId} v{cmd.ToVersion} has no state '{to}'");

            var running = (await new Workflow.SqlWorkflowStore(db).NotOn(cmd.WorkflowId, cmd.ToVersion, ct)).Where(i => !IsFinal(i)).ToList();
            var placements = running.Select(i => engine.Place(i, cmd.ToVersion, cmd.Map)).ToList();
            var problems = placements.Where(p => p.Problem is not null).GroupBy(p => p.Problem!)
                .Select(g => $"{g.Count()} claim(s) ({string.Join(", ", g.Take(5).Select(p => p.Instance.Id))}{(g.Count() > 5 ? ", …" : "")}): {g.Key}").ToList();
            var moves = placements.Where(p => p.Problem is null)
                .GroupBy(p => (p.Instance.WorkflowVersion, p.Instance.State, p.ToState!))
                .Select(g => new Move(g.Key.WorkflowVersion, g.Key.State, g.Key.Item3, g.Count(), g.First().Cancelled)).OrderBy(m => m.From, StringComparer.Ordinal).ToList();
            if (problems.Count > 0 || cmd.DryRun) return new Result(running.Count, 0, moves, problems, cmd.DryRun);

            foreach (var p in placements)
                if (!await engine.Migrate(p, cmd.Actor, ct))
                    throw new ConflictException($"claim {p.Instance.Id} changed while the claims were being migrated; nothing was migrated; run the command again");
            return new Result(running.Count, placements.Count, moves, [], false);
        }

        bool IsFinal(InstanceState i)
        {
            try { return engine.Catalog.Get(i.WorkflowId, i.WorkflowVersion).States.TryGetValue(i.State, out var s) && s.Final; }
            catch (KeyNotFoundException) { return false; }
        }
    }
}
