using System.Text;

namespace FactCheck.Workflows;

/// <summary>Exports a definition as a Mermaid <c>stateDiagram-v2</c>.</summary>
public static class MermaidExport
{
    /// <summary>The diagram, with guards and roles on the edges; <paramref name="current"/> is highlighted when given.</summary>
    public static string Format(WorkflowDefinition d, string? current = null)
    {
        var sb = new StringBuilder();
        sb.AppendLine("stateDiagram-v2");
        sb.AppendLine($"    [*] --> {d.Initial}");
        foreach (var s in d.States.Values)
            if (s.Title != s.Name) sb.AppendLine($"    {s.Name} : {s.Title}");
        foreach (var t in d.Transitions)
        {
            var label = t.Trigger + (t.Guards.Count > 0 ? $" [{string.Join(", ", t.Guards)}]" : "");
            sb.AppendLine($"    {t.From} --> {t.To} : {label}");
        }
        foreach (var s in d.States.Values.Where(s => s.Final))
            sb.AppendLine($"    {s.Name} --> [*]");
        if (current is not null && d.States.ContainsKey(current))
        {
            sb.AppendLine("    classDef current fill:#ffd54f,stroke:#333,stroke-width:2px");
            sb.AppendLine($"    class {current} current");
        }
        return sb.ToString();
    }
}
