namespace FactCheck.Workflows;

/// <summary>Who fires a trigger: a user (or the system) and the roles they hold.</summary>
public sealed record Actor(long? UserId, string Name, IReadOnlySet<string> Roles)
{
    /// <summary>The runtime itself, firing follow-up triggers after activities.</summary>
    public static readonly Actor System = new(null, "system", new HashSet<string> { "system" });
}

/// <summary>The engine's view of one instance: which definition it runs, where it is, and its row version.</summary>
public sealed record InstanceState(long Id, string WorkflowId, int WorkflowVersion, string State, long Version);

/// <summary>A request to fire a trigger.</summary>
/// <param name="ExpectedVersion">The version the caller saw; a different current version is a conflict.</param>
/// <param name="PublicNote">Text for readers (a public correction), kept apart from the internal <paramref name="Note"/>.</param>
public sealed record FireRequest(long InstanceId, string Trigger, Actor Actor, string? Note = null, string? Payload = null, long? ExpectedVersion = null,
    string? PublicNote = null);

/// <summary>What a guard sees.</summary>
/// <param name="Payload">What the caller gave with the fire (JSON), for guards that need an answer from them; "-" when only listing what may be fired.</param>
public sealed record GuardContext(InstanceState Instance, TransitionDefinition Transition, Actor Actor, string? Payload = null);

/// <summary>A named condition a transition may require. Returns null when it holds, else a reason a person can read.</summary>
public interface IGuard
{
    /// <summary>The name definitions use.</summary>
    string Name { get; }
    /// <summary>Checks the guard inside the caller's transaction.</summary>
    ValueTask<string?> Check(GuardContext context, CancellationToken ct);
}

/// <summary>One journal row.</summary>
public sealed record JournalEntry(long InstanceId, DateTimeOffset At, string Kind, string Actor, long? ActorId,
    string? Trigger, string? FromState, string? ToState, string? Note, string? Payload);

/// <summary>A durable job to enqueue: an on-enter activity or a due-time timer.</summary>
public sealed record JobRequest(long InstanceId, string Activity, DateTimeOffset RunAt, int MaxAttempts, long BackoffMs,
    string? Then, string IdempotencyKey, string State, long StateVersion, string? Input = null);

/// <summary>
/// Where instances, the journal and jobs live. Every call runs inside the caller's open transaction;
/// the engine never commits.
/// </summary>
public interface IWorkflowStore
{
    /// <summary>Reads an instance, or null when there is none.</summary>
    Task<InstanceState?> Load(long instanceId, CancellationToken ct);
    /// <summary>
    /// Sets the new state (and its due time) where the row version is still the expected one, and only then appends the
    /// journal row and enqueues the jobs. Returns false, having written nothing, when another change won.
    /// </summary>
    Task<bool> TryMove(long instanceId, long expectedVersion, string newState, DateTimeOffset at, DateTimeOffset? dueAt,
        JournalEntry entry, IReadOnlyList<JobRequest> jobs, CancellationToken ct);
    /// <summary>Appends one journal row and enqueues the jobs (possibly none); one round trip where the store can.</summary>
    Task Record(JournalEntry entry, IReadOnlyList<JobRequest> jobs, CancellationToken ct);
    /// <summary>Enqueues jobs outside a transition (a webhook push an activity fans out); the same rows as <see cref="Record"/> writes.</summary>
    Task Enqueue(IReadOnlyList<JobRequest> jobs, CancellationToken ct) => throw new NotSupportedException("this store cannot enqueue jobs on their own");
    /// <summary>Cancels the instance's pending due-time timers for a state it has left.</summary>
    Task CancelTimers(long instanceId, string state, DateTimeOffset at, CancellationToken ct);
    /// <summary>The newest transition of the instance (trigger, actor, time), or null: tells a race's loser that someone else just did it.</summary>
    Task<LastTransition?> Last(long instanceId, CancellationToken ct) => Task.FromResult<LastTransition?>(null);

    /// <summary>
    /// Moves an instance to another version of its definition (and maybe another state) where its row version is still
    /// the expected one: then cancels its pending jobs of <paramref name="cancel"/>, points its other pending jobs for
    /// the old state at the new one, and appends the journal row. Returns false, having written nothing, when another
    /// change won.
    /// </summary>
    Task<bool> Migrate(long instanceId, long expectedVersion, int toVersion, string fromState, string toState, IReadOnlyCollection<string> cancel,
        JournalEntry entry, CancellationToken ct) => throw new NotSupportedException("this store cannot migrate instances");
}

/// <summary>Where an instance lands on another version of its definition, or why it cannot.</summary>
/// <param name="Cancelled">The pending activities of its state that the new state does not run (cancelled on migration).</param>
public sealed record Placement(InstanceState Instance, int ToVersion, string? ToState, IReadOnlyList<string> Cancelled, string? Problem);

/// <summary>The newest transition of an instance.</summary>
public sealed record LastTransition(string Trigger, string Actor, DateTimeOffset At);

/// <summary>How a fire ended.</summary>
public enum FireStatus
{
    /// <summary>The instance moved.</summary>
    Moved,
    /// <summary>A role, input or guard refused it; nothing was written.</summary>
    Refused,
    /// <summary>Someone else moved the instance first; nothing was written.</summary>
    Conflict,
    /// <summary>No such instance.</summary>
    NotFound,
}

/// <summary>The outcome of a fire, with the reasons when it was refused.</summary>
public sealed record FireResult(FireStatus Status, string? From, string? To, long Version, IReadOnlyList<string> Reasons)
{
    /// <summary>True when the instance moved.</summary>
    public bool Moved => Status == FireStatus.Moved;
}

/// <summary>A trigger from the current state and whether this actor may fire it now.</summary>
public sealed record PermittedTrigger(string Trigger, string To, string? Title, bool Allowed, IReadOnlyList<string> Reasons, IReadOnlyList<string> Requires);
