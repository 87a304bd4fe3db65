namespace FactCheck.Workflows;

/// <summary>A workflow definition as loaded from one JSON file. Immutable once loaded.</summary>
public sealed record WorkflowDefinition(
    string Id,
    int Version,
    string Title,
    string Initial,
    IReadOnlyDictionary<string, StateDefinition> States,
    IReadOnlyList<TransitionDefinition> Transitions,
    string SourceFile)
{
    /// <summary>The transition a trigger fires from a state, or null when the trigger is not defined there.</summary>
    public TransitionDefinition? Find(string from, string trigger) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Trigger == trigger);

    /// <summary>Every transition that leaves a state, in file order.</summary>
    public IEnumerable<TransitionDefinition> From(string state) => Transitions.Where(t => t.From == state);
}

/// <summary>One state: who works it, its due time (SLA), whether it ends the workflow, and what runs on entry.</summary>
public sealed record StateDefinition(
    string Name,
    string Title,
    string? Queue,
    TimeSpan? Due,
    bool Final,
    IReadOnlyList<ActivityDefinition> OnEnter,
    Escalation? Escalation = null);

/// <summary>What happens when a state's due time passes and the instance is still there.</summary>
/// <param name="RaisePriority">How much the instance's priority rises.</param>
/// <param name="Notify">The role told through an <c>overdue</c> event; defaults to the state's queue.</param>
public sealed record Escalation(int RaisePriority, string? Notify);

/// <summary>An automated step run as a durable job when its state is entered.</summary>
/// <param name="Activity">The registered activity name.</param>
/// <param name="MaxAttempts">How many times the job is tried before it becomes an incident.</param>
/// <param name="Backoff">The first retry delay; later retries double it (with jitter).</param>
/// <param name="Then">A trigger fired on the instance when the activity succeeds, if any.</param>
/// <param name="Input">The activity's input, a JSON object as written in the definition, if any.</param>
public sealed record ActivityDefinition(string Activity, int MaxAttempts, TimeSpan Backoff, string? Then, string? Input = null);

/// <summary>A move from one state to another, fired by a trigger, allowed to some roles, behind named guards.</summary>
public sealed record TransitionDefinition(
    string Trigger,
    string From,
    string To,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Guards,
    IReadOnlyList<string> Requires,
    string? Title);
