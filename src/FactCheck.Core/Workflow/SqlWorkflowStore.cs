using FactCheck.Data;
using FactCheck.Workflows;

namespace FactCheck.Workflow;

/// <summary>
/// The engine's instances are claim rows; the journal and jobs are shared tables. This is the one place that writes a
/// journal row (<see cref="Record"/>) or inserts a job (<see cref="Enqueue"/>); <see cref="SqlJobStore"/> updates job
/// rows for the engine's job runner.
/// </summary>
public sealed class SqlWorkflowStore(DbSession db) : IWorkflowStore
{
    const string Load_ = "select id, workflow_id, workflow_version, state, row_version as version from claim where id = @Id";

    const string Journal = """
        insert into journal (instance_id, at, kind, actor, actor_id, trigger_name, from_state, to_state, note, payload)
        values (@InstanceId, @At, @Kind, @Actor, @ActorId, @Trigger, @FromState, @ToState, @Note, @Payload);
        """;


    const string Cancel = $"update job set status = 'cancelled', finished_at = @at where instance_id = @instanceId and activity = '{WorkflowEngine.DueTimer}' and state = @state and status = 'pending'";

    sealed class Row
    {
        public long Id { get; init; }
        public string WorkflowId { get; init; } = "";
        public int WorkflowVersion { get; init; }
        public string State { get; init; } = "";
        public long Version { get; init; }
    }

    public async Task<InstanceState?> Load(long instanceId, CancellationToken ct)
    {
        var r = await db.QuerySingleOrDefault<Row>(Load_, new { Id = instanceId }, ct);
        return r is null ? null : new InstanceState(r.Id, r.WorkflowId, r.WorkflowVersion, r.State, r.Version);
    }

    /// <summary>Every instance of a workflow on another version than <paramref name="version"/>, by id (what a migration moves).</summary>
    public async Task<IReadOnlyList<InstanceState>> NotOn(string workflowId, int version, CancellationToken ct) =>
        [.. (await db.Query<Row>("select id, workflow_id, workflow_version, state, row_version as version from claim where workflow_id = @workflowId and workflow_version <> @version order by id",
            new { workflowId, version }, ct)).Select(r => new InstanceState(r.Id, r.WorkflowId, r.WorkflowVersion, r.State, r.Version))];

    const string Move = "update claim set state = @State, row_version = row_version + 1, due_at = @DueAt, updated_at = @At where id = @Id and row_version = @Expected";

    const string Job = """
        insert into job (instance_id, activity, state, state_version, run_at, max_attempts, backoff_ms, then_trigger, idempotency_key, input, created_at)
        values (@InstanceId, @Activity, @State, @StateVersion, @RunAt, @MaxAttempts, @BackoffMs, @Then, @IdempotencyKey, @Input, @RunAt)
        """;

    /// <summary>
    /// The versioned update first; only when it hit its row, the journal row and the jobs. Plain statements with typed
    /// parameters: measured faster than one batched command (see docs/benchmarks.md).
    /// </summary>
    public async Task<bool> TryMove(long instanceId, long expectedVersion, string newState, DateTimeOffset at, DateTimeOffset? dueAt,
        JournalEntry entry, IReadOnlyList<JobRequest> jobs, CancellationToken ct)
    {
        if (await db.Execute(Move, new { Id = instanceId, Expected = expectedVersion, State = newState, At = at, DueAt = dueAt }, ct) != 1) return false;
        await Record(entry, jobs, ct);
        return true;
    }


    public async Task Record(JournalEntry e, IReadOnlyList<JobRequest> jobs, CancellationToken ct)
    {
        await db.Execute(Journal, e, ct);
        if (jobs.Count > 0) await db.Execute(Job, jobs, ct);
    }

    public async Task Enqueue(IReadOnlyList<JobRequest> jobs, CancellationToken ct)
    {
        if (jobs.Count > 0) await db.Execute(Job, jobs, ct);
    }

    /// <summary>A journal row that is not a transition (an edit, an incident, an activity's outcome).</summary>
    public Task Note(long instanceId, DateTimeOffset at, string kind, Actor actor, string? trigger, string? fromState, string? note, CancellationToken ct) =>
        db.Execute(Journal, new JournalEntry(instanceId, at, kind, actor.Name, actor.UserId, trigger, fromState, null, note, null), ct);

    public Task CancelTimers(long instanceId, string state, DateTimeOffset at, CancellationToken ct) => db.Execute(Cancel, new { instanceId, state, at }, ct);

    public async Task<bool> Migrate(long instanceId, long expectedVersion, int toVersion, string fromState, string toState, IReadOnlyCollection<string> cancel,
        JournalEntry entry, CancellationToken ct)
    {
        if (await db.Execute("update claim set workflow_version = @toVersion, state = @toState, row_version = row_version + 1, updated_at = @At where id = @instanceId and row_version = @expectedVersion",
                new { toVersion, toState, entry.At, instanceId, expectedVersion }, ct) != 1)
            return false;
        foreach (var activity in cancel)
            await db.Execute("update job set status = 'cancelled', finished_at = @At, last_error = @why where instance_id = @instanceId and activity = @activity and state = @fromState and status = 'pending'",
                new { instanceId, activity, fromState, entry.At, why = $"cancelled by migration to v{toVersion}: {toState} does not run it" }, ct);
        if (fromState != toState)
            await db.Execute("update job set state = @toState where instance_id = @instanceId and state = @fromState and status = 'pending'", new { instanceId, fromState, toState }, ct);
        await db.Execute(Journal, entry, ct);
        return true;
    }

    sealed class LastRow
    {
        public string TriggerName { get; init; } = "";
        public string Actor { get; init; } = "";
        public DateTimeOffset At { get; init; }
    }

    public async Task<LastTransition?> Last(long instanceId, CancellationToken ct)
    {
        var r = (await db.Query<LastRow>(db.Dialect.Page("select trigger_name, actor, at from journal where instance_id = @instanceId and kind = 'transition' order by id desc"),
            new { instanceId, Skip = 0, Take = 1 }, ct)).FirstOrDefault();
        return r is null ? null : new LastTransition(r.TriggerName, r.Actor, r.At);
    }
}
