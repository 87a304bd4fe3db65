using FactCheck.Workflow;
using FactCheck.Workflows;

namespace FactCheck.Cli;

public static class WorkflowCommands
{
    static string Dir(Args a) => a.Pos(2) is { } d ? Path.GetFullPath(d) : ClaimWorkflow.LocateDefinitions(CliHost.Configuration()["FactCheck:Workflows:Directory"]);

    public static int Validate(Args a, TextWriter o)
    {
        var dir = Dir(a);
        WorkflowCatalog catalog;
        try { catalog = ClaimWorkflow.Load(dir); } // throws WorkflowLoadException listing file:line: path: reason
        catch (WorkflowLoadException ex) when (a.Has("json"))
        {
            JsonOut.Write(o, new { directory = dir, valid = false, errors = ex.Errors });
            return 6;
        }
        if (a.Has("json"))
            return JsonOut.Write(o, new { directory = dir, valid = true, workflows = catalog.All.Select(d => new { file = d.SourceFile, id = d.Id, version = d.Version, states = d.States.Count, transitions = d.Transitions.Count }) });
        foreach (var d in catalog.All)
            o.WriteLine($"ok  {Path.GetFileName(d.SourceFile)}: {d.Id} v{d.Version}, {d.States.Count} states, {d.Transitions.Count} transitions");
        return 0;
    }

    public static int Graph(Args a, TextWriter o)
    {
        var id = a.Pos(2) ?? throw new UsageException("missing WORKFLOW_ID, e.g. claim-review");
        var catalog = ClaimWorkflow.Load(ClaimWorkflow.LocateDefinitions(CliHost.Configuration()["FactCheck:Workflows:Directory"]));
        WorkflowDefinition d;
        try { d = a.Int("version") is { } v ? catalog.Get(id, v) : catalog.Latest(id); }
        catch (KeyNotFoundException ex) { throw new UsageException(ex.Message); }
        o.Write(MermaidExport.Format(d));
        return 0;
    }

    /// <summary><c>workflows migrate WORKFLOW --to VERSION [--dry-run] [--map old=new]…</c></summary>
    public static async Task<int> Migrate(CliHost host, Args a, TextWriter o)
    {
        var id = a.Pos(2) ?? throw new UsageException("missing WORKFLOW_ID, e.g. claim-review");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in a.All("map"))
        {
            var parts = m.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0) throw new UsageException($"--map '{m}': give OLD_STATE=NEW_STATE");
            map[parts[0]] = parts[1];
        }
        var actor = await host.Actor(a, required: false);
        var r = await host.Send(new FactCheck.Features.WorkflowVersions.MigrateWorkflow.Command(id, a.Int("to") ?? 0, map, a.Has("dry-run"),
            actor == Actor.System ? new Actor(null, "cli", new HashSet<string>()) : actor));
        if (a.Has("json")) JsonOut.Write(o, r);
        else
        {
            o.WriteLine($"{r.Claims} running claim(s) of {id} not on v{a.Int("to")}");
            foreach (var m in r.Moves)
                o.WriteLine($"  {m.Claims,6} on v{m.FromVersion} in {m.From}{(m.To == m.From ? " stay there" : $" → {m.To}")}" +
                            (m.Cancelled.Count > 0 ? $"; their pending {string.Join(", ", m.Cancelled)} cancelled" : ""));
            foreach (var p in r.Problems) o.WriteLine($"  cannot place {p}");
            o.WriteLine(r.Problems.Count > 0 ? "nothing was changed" : r.DryRun ? "dry run: nothing was changed" : $"{r.Migrated} claim(s) migrated, each journaled");
        }
        return r.Problems.Count > 0 ? 4 : 0;
    }
}
