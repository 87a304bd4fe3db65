namespace FactCheck.Workflows;

/// <summary>The names a host registers and definitions may refer to: guards, activities and roles.</summary>
public sealed record WorkflowNames(IReadOnlySet<string> Guards, IReadOnlySet<string> Activities, IReadOnlySet<string> Roles)
{
    /// <summary>The inputs a transition may require.</summary>
    public static readonly IReadOnlySet<string> Inputs = new HashSet<string> { "note" };
}
