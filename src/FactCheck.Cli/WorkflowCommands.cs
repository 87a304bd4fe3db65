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
}
