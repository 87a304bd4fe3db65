using Dapper;
using FactCheck.Data;
using FactCheck.Workflows;

namespace FactCheck.Workflow;

/// <summary>
/// The engine's jobs and incidents in the <c>job</c> and <c>incident</c> tables, over the scope's session (so they share
/// its transaction with <see cref="SqlWorkflowStore"/>); the instance a job belongs to is its claim row. The only code
/// that leases and ends jobs and writes incidents; <see cref="SqlWorkflowStore"/> inserts jobs and cancels those a
/// transition or a migration makes moot.
/// </summary>
public sealed class SqlJobStore(DbSession db) : IJobStore
{
    sealed class Tx(DbSession.Tx tx) : IStoreTransaction
    {
        public ValueTask Commit() => tx.CommitAsync();
        public ValueTask DisposeAsync() => tx.DisposeAsync();
    }

    public async ValueTask<IStoreTransaction> Begin(CancellationToken ct) => new Tx(await db.BeginAsync(ct));

    public async Task<IReadOnlyList<long>> Lapsed(DateTimeOffset now, int take, CancellationToken ct) =>
        [.. await db.Query<long>(db.Dialect.ClaimDueJobs[0], new { Now = now, Take = take }, ct)];

    public async Task<IReadOnlyList<long>> Due(DateTimeOffset now, int take, CancellationToken ct) =>
        [.. await db.Query<long>(db.Dialect.ClaimDueJobs[1], new { Now = now, Take = take }, ct)];

    sealed class Row
    {
        public long Id { get; init; }
        public long InstanceId { get; init; }
        public string Activity { get; init; } = "";
        public string State { get; init; } = "";
        public long StateVersion { get; init; }
        public int Attempts { get; init; }
        public int MaxAttempts { get; init; }
        public long BackoffMs { get; init; }
        public string? ThenTrigger { get; init; }
        public string IdempotencyKey { get; init; } = "";
        public string? Input { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public string? InstanceWorkflow { get; init; }
        public int InstanceVersion { get; init; }
        public string? InstanceState { get; init; }

        public LeasedJob ToJob() => new(Id, InstanceId, Activity, State, StateVersion, Attempts, MaxAttempts, BackoffMs, ThenTrigger, IdempotencyKey, Input, CreatedAt,
            InstanceState is null ? null : new InstanceState(InstanceId, InstanceWorkflow!, InstanceVersion, InstanceState, 0));
    }

    // With each job, its claim's workflow, version and state: whether this node can run it, whether it is still wanted.
    const string SelectJobs = """
        select j.id, j.instance_id, j.activity, j.state, j.state_version, j.attempts, j.max_attempts, j.backoff_ms, j.then_trigger,
               j.idempotency_key, j.input, j.created_at, c.workflow_id as instance_workflow, c.workflow_version as instance_version, c.state as instance_state
        from job j left join claim c on c.id = j.instance_id
        """;

    static DynamicParameters IdArgs(IEnumerable<long> ids, out string list)
    {
        var args = new DynamicParameters();
        var names = new List<string>();
        foreach (var id in ids)
        {
            args.Add("J" + names.Count, id);
            names.Add("@J" + names.Count);
        }
        list = string.Join(", ", names);
        return args;
    }

    public async Task<IReadOnlyList<LeasedJob>> CountLapses(IReadOnlyList<long> ids, int poisonAt, CancellationToken ct)
    {
        var args = IdArgs(ids, out var list);
        args.Add("Max", poisonAt);
        await db.Execute($"update job set lapses = lapses + 1 where id in ({list})", args, ct);
        return [.. (await db.Query<Row>($"{SelectJobs} where j.id in ({list}) and j.lapses >= @Max", args, ct)).Select(r => r.ToJob())];
    }

    public async Task<IReadOnlyList<LeasedJob>> Lease(IReadOnlyList<long> ids, string owner, DateTimeOffset expires, CancellationToken ct)
    {
        var args = IdArgs(ids, out var list);
        args.AddDynamicParams(new { Owner = owner, Expires = expires });
        await db.Execute($"update job set status = 'running', lease_owner = @Owner, lease_expires_at = @Expires, attempts = attempts + 1 where id in ({list})", args, ct);
        return [.. (await db.Query<Row>($"{SelectJobs} where j.id in ({list}) order by j.id", args, ct)).Select(r => r.ToJob())];
    }

    public Task<int> Renew(string owner, IReadOnlyCollection<long> ids, DateTimeOffset expires, CancellationToken ct)
    {
        var args = IdArgs(ids, out var list);
        args.AddDynamicParams(new { owner, expires });
        return db.Execute($"update job set lease_expires_at = @expires where lease_owner = @owner and status = 'running' and id in ({list})", args, ct);
    }

    public Task Release(string owner, long jobId, CancellationToken ct) => db.Execute("""
        update job set status = 'pending', lease_owner = null, lease_expires_at = null, attempts = attempts - 1
        where id = @jobId and lease_owner = @owner and status = 'running'
        """, new { jobId, owner }, ct);

    // One statement per kind of end; the lease fence (owner and running) on all but a poison job's.
    const string Held = "where id = @Id and lease_owner = @Owner and status = 'running'";
    const string Done = $"update job set status = 'done', finished_at = @At, lease_owner = null, lease_expires_at = null, last_error = null {Held}";
    const string Over = $"update job set status = @Status, finished_at = @At, lease_owner = null, lease_expires_at = null, last_error = @Error {Held}";
    const string Poison = "update job set status = @Status, finished_at = @At, lease_owner = null, lease_expires_at = null, last_error = @Error where id = @Id";
    const string Again = $"update job set status = 'pending', run_at = @RunAt, lease_owner = null, lease_expires_at = null, last_error = @Error {Held}";
    const string GiveBack = $"update job set status = 'pending', run_at = @RunAt, lease_owner = null, lease_expires_at = null, attempts = attempts - 1, last_error = @Error {Held}";

    public async Task<bool> End(long jobId, string? owner, JobEnd end, CancellationToken ct)
    {
        var sql = end.Status switch
        {
            JobStatus.Done => Done,
            JobStatus.Pending when end.RunAt is null => throw new ArgumentException("a pending job needs a time to run", nameof(end)),
            JobStatus.Pending => end.Uncount ? GiveBack : Again,
            _ => owner is null ? Poison : Over,
        };
        var status = end.Status switch { JobStatus.Failed => "failed", JobStatus.Cancelled => "cancelled", JobStatus.Done => "done", _ => "pending" };
        return await db.Execute(sql, new { Id = jobId, Owner = owner, Status = status, end.At, end.Error, end.RunAt }, ct) == 1;
    }

    public async Task OpenIncident(LeasedJob job, string why, DateTimeOffset at, CancellationToken ct)
    {
        await db.Execute("insert into incident (job_id, instance_id, activity, error, created_at) values (@Id, @InstanceId, @Activity, @why, @at)",
            new { job.Id, job.InstanceId, job.Activity, why, at }, ct);
        await Flag(job.InstanceId, ct);
    }

    sealed class IncidentData
    {
        public long Id { get; init; }
        public long JobId { get; init; }
        public long InstanceId { get; init; }
        public string Activity { get; init; } = "";
        public DateTimeOffset? ResolvedAt { get; init; }
    }

    public async Task<IncidentRow?> Incident(long incidentId, CancellationToken ct) =>
        await db.QuerySingleOrDefault<IncidentData>("select id, job_id, instance_id, activity, resolved_at from incident where id = @incidentId", new { incidentId }, ct)
            is { } r ? new IncidentRow(r.Id, r.JobId, r.InstanceId, r.Activity, r.ResolvedAt) : null;

    public async Task<IReadOnlyList<long>> OpenIncidents(string? activity, CancellationToken ct) =>
        [.. await db.Query<long>($"select id from incident where resolved_at is null {(activity is { Length: > 0 } ? "and activity = @activity" : "")} order by id", new { activity }, ct)];

    public async Task CloseIncident(IncidentRow incident, string by, string resolution, DateTimeOffset at, CancellationToken ct)
    {
        await db.Execute("update incident set resolved_at = @at, resolved_by = @by, resolution = @resolution where id = @Id", new { at, by, resolution, incident.Id }, ct);
        await Flag(incident.InstanceId, ct);
    }

    public Task Requeue(long jobId, DateTimeOffset at, CancellationToken ct) =>
        db.Execute("update job set status = 'pending', attempts = 0, lapses = 0, run_at = @at, finished_at = null where id = @jobId and status = 'failed'", new { at, jobId }, ct);

    /// <summary>The claim's incident flag: set while any of its incidents is open.</summary>
    Task Flag(long instanceId, CancellationToken ct) => db.Execute("""
        update claim set has_incident = case when exists (select 1 from incident i where i.instance_id = @instanceId and i.resolved_at is null) then 1 else 0 end
        where id = @instanceId
        """, new { instanceId }, ct);
}
