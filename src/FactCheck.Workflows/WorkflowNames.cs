namespace FactCheck.Workflows;

/// <summary>The names a host registers and definitions may refer to: guards, activities and roles.</summary>
public sealed record WorkflowNames(IReadOnlySet<string> Guards, IReadOnlySet<string> Activities, IReadOnlySet<string> Roles)
{
    /// <summary>
    /// The inputs a transition may require: <c>note</c> (the desk's own, internal, journaled) and <c>public_note</c>
    /// (text for readers, e.g. a correction; journaled in the transition's payload as <c>{"publicNote": …}</c>).
    /// </summary>
    public static readonly IReadOnlySet<string> Inputs = new HashSet<string> { "note", "public_note" };
}
