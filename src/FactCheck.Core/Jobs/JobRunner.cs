using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Jobs;

/// <summary>
/// Claims due jobs under a lease, runs their activity, and records the outcome: done (with the activity's commit, a
/// journal row and the follow-up trigger, in one transaction fenced by the lease), a retry with exponential backoff
/// and jitter, or an incident once the retries are spent.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, ActivityRegistry activities, WorkflowCatalog catalog, TimeProvider clock, WorkerOptions options, ILogger<JobRunner> log)
{
    public sealed class Job
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
        /// <summary>The claim as it was when the job was leased (null: gone): its workflow, version and state.</summary>
        public string? InstanceWorkflow { get; init; }
        public int InstanceVersion { get; init; }
        public string? InstanceState { get; init; }
    }

    const string SelectJob = "select id, instance_id, activity, state, state_version, attempts, max_attempts, backoff_ms, then_trigger, idempotency_key, input, created_at from job";

    /// <summary>How long a job this node cannot run (an activity or definition version only newer nodes have) is left for others before it becomes an incident.</summary>
    static readonly TimeSpan LeaveForOthersAtMost = TimeSpan.FromHours(1);

    /// <summary>
    /// Leases up to <paramref name="max"/> due jobs (pending and due, or running with an expired lease) to <paramref name="owner"/>.
    /// A lapsed lease is counted; a job whose lease lapsed <see cref="WorkerOptions.PoisonAfterLapses"/> times without
    /// an outcome killed its worker each time (out of memory, a native crash) and becomes an incident instead.
    /// </summary>
    public async Task<IReadOnlyList<Job>> Claim(string owner, int max, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var now = clock.GetUtcNow();
        var expires = now + options.Lease;
        await using var tx = await db.BeginAsync(ct);
        var (expiredSql, pendingSql) = (db.Dialect.ClaimDueJobs[0], db.Dialect.ClaimDueJobs[1]);
        var lapsed = (await db.Query<long>(expiredSql, new { Now = now, Take = max }, ct)).ToList();
        var ids = new List<long>(lapsed);
        if (lapsed.Count > 0)
        {
            var lapsedArgs = IdArgs(lapsed, out var lapsedList);
            lapsedArgs.Add("Max", options.PoisonAfterLapses);
            await db.Execute($"update job set lapses = lapses + 1 where id in ({lapsedList})", lapsedArgs, ct);
            foreach (var poison in await db.Query<Job>($"{SelectJob} where id in ({lapsedList}) and lapses >= @Max", lapsedArgs, ct))
            {
                var why = $"{poison.Activity}: its lease lapsed {options.PoisonAfterLapses} times without an outcome; the worker running it died each time " +
                          "(out of memory or a crash?); not run again until retried";
                await db.Execute("""
                    update job set status = 'failed', finished_at = @now, lease_owner = null, lease_expires_at = null, last_error = @why
                    where id = @Id
                    """, new { poison.Id, now, why }, ct);
                await Incident(db, poison, why, now, ct);
                ids.Remove(poison.Id);
                log.LogError("job {Job} ({Activity}) of instance {Instance} is poison: {Why}", poison.Id, poison.Activity, poison.InstanceId, why);
            }
        }
        if (ids.Count < max) ids.AddRange(await db.Query<long>(pendingSql, new { Now = now, Take = max - ids.Count }, ct));
        if (ids.Count == 0)
        {
            await tx.CommitAsync();
            return [];
        }
        var args = IdArgs(ids, out var idList);
        args.AddDynamicParams(new { Owner = owner, Expires = expires });
        await db.Execute($"""
            update job set status = 'running', lease_owner = @Owner, lease_expires_at = @Expires, attempts = attempts + 1
            where id in ({idList})
            """, args, ct);
        // With each job, its claim's workflow, version and state: whether this node can run it, whether it is still wanted.
        var jobs = (await db.Query<Job>($"""
            select j.id, j.instance_id, j.activity, j.state, j.state_version, j.attempts, j.max_attempts, j.backoff_ms, j.then_trigger,
                   j.idempotency_key, j.input, j.created_at, c.workflow_id as instance_workflow, c.workflow_version as instance_version, c.state as instance_state
            from job j left join claim c on c.id = j.instance_id where j.id in ({idList}) order by j.id
            """, args, ct)).ToList();
        await tx.CommitAsync();
        return jobs;
    }

    static Dapper.DynamicParameters IdArgs(IReadOnlyList<long> ids, out string list)
    {
        var args = new Dapper.DynamicParameters();
        for (var i = 0; i < ids.Count; i++) args.Add("J" + i, ids[i]);
        list = string.Join(", ", ids.Select((_, i) => "@J" + i));
        return args;
    }

    /// <summary>
    /// Extends the leases of the jobs this owner is running now; returns how many it still holds. Only those: a job
    /// whose outcome could not be recorded (the database went away at that moment) is no longer running here, and its
    /// lease must lapse so that it is run again, not be kept alive by this worker for ever.
    /// </summary>
    public async Task<int> Renew(string owner, IReadOnlyCollection<long> running, CancellationToken ct)
    {
        if (running.Count == 0) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var args = new Dapper.DynamicParameters(new { owner, Expires = clock.GetUtcNow() + options.Lease });
        var i = 0;
        foreach (var id in running) args.Add("J" + i++, id);
        return await db.Execute($"""
            update job set lease_expires_at = @Expires
            where lease_owner = @owner and status = 'running' and id in ({string.Join(", ", Enumerable.Range(0, i).Select(k => "@J" + k))})
            """, args, ct);
    }

    /// <summary>Gives a job back unrun (shutdown): pending again, the attempt not counted.</summary>
    public async Task Release(string owner, long jobId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        await db.Execute("""
            update job set status = 'pending', lease_owner = null, lease_expires_at = null, attempts = attempts - 1
            where id = @jobId and lease_owner = @owner and status = 'running'
            """, new { jobId, owner }, ct);
    }

    /// <summary>Runs one claimed job to its recorded outcome. Cancellation (lease lost, shutdown) records nothing.</summary>
    public async Task Execute(string owner, Job job, CancellationToken ct)
    {
        using var span = EngineTelemetry.Source.StartActivity("job " + job.Activity);
        span?.SetTag("factcheck.instance", job.InstanceId);
        span?.SetTag("factcheck.job", job.Id);
        span?.SetTag("factcheck.attempt", job.Attempts);
        await using var scope = scopes.CreateAsyncScope();
        var activity = activities.Resolve(scope.ServiceProvider, job.Activity);
        var now = job.InstanceState is null ? null : new InstanceState(job.InstanceId, job.InstanceWorkflow!, job.InstanceVersion, job.InstanceState, 0);
        // A rolling deploy: another node (a newer one) has this activity or this version of the definition. Leave the job
        // to it, for a while; then it is an incident (no node runs it).
        var missing = activity is null ? $"no activity named '{job.Activity}' is registered on this node"
            : now is not null && !catalog.Has(now.WorkflowId, now.WorkflowVersion) ? $"this node does not have {now.WorkflowId} v{now.WorkflowVersion}" : null;
        if (missing is not null && clock.GetUtcNow() - job.CreatedAt < LeaveForOthersAtMost)
        {
            log.LogWarning("job {Job} ({Activity}) of instance {Instance} left for another node: {Why}", job.Id, job.Activity, job.InstanceId, missing);
            await Record(ct, x => LeaveForOthers(x.Session, owner, job, missing, ct));
            return;
        }
        ActivityResult result;
        if (missing is not null) result = ActivityResult.Fail($"{missing}, nor on any other node for {LeaveForOthersAtMost.TotalMinutes:0} minutes");
        else if (!activity!.RunsAfterLeavingState && now?.State != job.State)
        {
            // Enqueued on entering a state the claim has left since: cancelled, and the journal says so.
            await Record(ct, x => Cancel(x.Session, owner, job, now, ct));
            EngineTelemetry.Jobs.Add(1, new("activity", job.Activity), new("outcome", "cancelled"));
            return;
        }
        else
        {
            var context = new ActivityContext(job.Id, job.InstanceId, job.Activity, job.State, job.StateVersion, job.IdempotencyKey, job.Attempts, job.Input);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try { result = await activity.Run(context, ct); }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
            catch (Exception ex) { result = ActivityResult.Retry($"{ex.GetType().Name}: {ex.Message}"); }
            EngineTelemetry.JobDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("activity", job.Activity));
        }
        EngineTelemetry.Jobs.Add(1, new("activity", job.Activity), new("outcome", result.Outcome switch
        {
            ActivityOutcome.Done => "done", ActivityOutcome.Retry when job.Attempts < job.MaxAttempts => "retry", _ => "failed",
        }));
        if (result.Outcome != ActivityOutcome.Done) span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, result.Message);
        await Record(ct, async x =>
        {
            if (result.Outcome == ActivityOutcome.Done)
            {
                try
                {
                    if (!await Complete(x.Session, x.Services.GetRequiredService<WorkflowEngine>(), owner, job, result, ct))
                        log.LogWarning("job {Job} ({Activity}) finished after its lease was lost; its outcome was not recorded", job.Id, job.Activity);
                    return;
                }
                catch (Exception ex) when (ex is FactCheckException or InvalidOperationException or KeyNotFoundException)
                {
                    result = ActivityResult.Retry(ex.Message);
                }
            }
            await Failed(x.Session, owner, job, result, ct);
        });
    }

    /// <summary>
    /// Records an outcome in a fresh scope, trying again (three times in all) when the database connection fails: a
    /// pooled connection the server has closed fails once and is dropped. If it still fails, the exception stands and
    /// the lease lapses, so the job runs again (activities are idempotent).
    /// </summary>
    async Task Record(CancellationToken ct, Func<(DbSession Session, IServiceProvider Services), Task> record)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await record((scope.ServiceProvider.GetRequiredService<DbSession>(), scope.ServiceProvider));
                return;
            }
            catch (System.Data.Common.DbException ex) when (attempt < 3 && !ct.IsCancellationRequested)
            {
                log.LogWarning("recording a job outcome failed ({Error}); trying again", ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
        }
    }

    async Task<bool> Complete(DbSession db, WorkflowEngine engine, string owner, Job job, ActivityResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var tx = await db.BeginAsync(ct);
        var held = await db.Execute("""
            update job set status = 'done', finished_at = @now, lease_owner = null, lease_expires_at = null, last_error = null
            where id = @Id and lease_owner = @owner and status = 'running'
            """, new { job.Id, owner, now }, ct);
        if (held == 0) return false;
        if (result.Commit is not null) await result.Commit(db, ct);
        if (result.Journal is not null)
            await new SqlWorkflowStore(db).Note(job.InstanceId, now, result.Journal, Actor.System, job.Activity, job.State, result.Message, ct);
        if (job.ThenTrigger is not null)
        {
            var fired = await engine.Fire(new FireRequest(job.InstanceId, job.ThenTrigger, Actor.System,
                Note: $"after {job.Activity}", ExpectedVersion: job.StateVersion), ct);
            // A conflict means the instance moved on (say, a correction); the follow-up no longer applies.
            if (fired.Status is FireStatus.Refused or FireStatus.NotFound)
                throw new InvalidOperationException($"follow-up trigger '{job.ThenTrigger}' refused: {string.Join("; ", fired.Reasons)}");
        }
        await tx.CommitAsync();
        return true;
    }

    async Task Failed(DbSession db, string owner, Job job, ActivityResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var error = result.Message ?? "failed";
        await using var tx = await db.BeginAsync(ct);
        if (result.Outcome == ActivityOutcome.Retry && job.Attempts < job.MaxAttempts)
        {
            await db.Execute("""
                update job set status = 'pending', run_at = @RunAt, lease_owner = null, lease_expires_at = null, last_error = @error
                where id = @Id and lease_owner = @owner and status = 'running'
                """, new { job.Id, owner, error, RunAt = now + Backoff(job) }, ct);
            await tx.CommitAsync();
            return;
        }
        var held = await db.Execute("""
            update job set status = 'failed', finished_at = @now, lease_owner = null, lease_expires_at = null, last_error = @error
            where id = @Id and lease_owner = @owner and status = 'running'
            """, new { job.Id, owner, now, error }, ct);
        if (held == 0) return;
        var why = result.Outcome == ActivityOutcome.Fail
            ? $"{job.Activity} failed permanently on attempt {job.Attempts}: {error}"
            : $"{job.Activity} failed {job.Attempts} times, retries spent: {error}";
        await Incident(db, job, why, now, ct);
        await tx.CommitAsync();
        log.LogWarning("incident on instance {Instance}: {Why}", job.InstanceId, why);
    }

    /// <summary>An incident for a job that will not run again: the incident row, the claim flagged, a journal row.</summary>
    static async Task Incident(DbSession db, Job job, string why, DateTimeOffset now, CancellationToken ct)
    {
        EngineTelemetry.Incidents.Add(1, new KeyValuePair<string, object?>("activity", job.Activity));
        await db.Execute("insert into incident (job_id, instance_id, activity, error, created_at) values (@Id, @InstanceId, @Activity, @why, @now)",
            new { job.Id, job.InstanceId, job.Activity, why, now }, ct);
        var store = new SqlWorkflowStore(db);
        await store.FlagIncidents(job.InstanceId, ct);
        await store.Note(job.InstanceId, now, "incident", Actor.System, job.Activity, job.State, why, ct);
    }

    /// <summary>A job this node cannot run, given back (pending in 30 s, the attempt not counted) for a node that can.</summary>
    async Task LeaveForOthers(DbSession db, string owner, Job job, string why, CancellationToken ct) =>
        await db.Execute("""
            update job set status = 'pending', lease_owner = null, lease_expires_at = null, attempts = attempts - 1, run_at = @RunAt, last_error = @why
            where id = @Id and lease_owner = @owner and status = 'running'
            """, new { job.Id, owner, why, RunAt = clock.GetUtcNow() + TimeSpan.FromSeconds(30) }, ct);

    /// <summary>A job for a state the claim has left: cancelled (while this worker holds it), with a journal row saying why.</summary>
    async Task Cancel(DbSession db, string owner, Job job, InstanceState? now, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        var why = $"{job.Activity} was queued on entering {job.State} (version {job.StateVersion}); the claim is {(now is null ? "gone" : $"now in {now.State}")}: not run";
        await using var tx = await db.BeginAsync(ct);
        var held = await db.Execute("""
            update job set status = 'cancelled', finished_at = @at, lease_owner = null, lease_expires_at = null, last_error = @why
            where id = @Id and lease_owner = @owner and status = 'running'
            """, new { job.Id, owner, at, why }, ct);
        if (held == 0) return;
        if (now is not null) await new SqlWorkflowStore(db).Note(job.InstanceId, at, "job_cancelled", Actor.System, job.Activity, job.State, why, ct);
        await tx.CommitAsync();
        log.LogInformation("job {Job} cancelled: {Why}", job.Id, why);
    }

    /// <summary>backoff × 2^(attempt−1), ±20 % jitter so retries of many jobs spread out, capped at an hour.</summary>
    internal static TimeSpan Backoff(Job job)
    {
        var ms = job.BackoffMs * Math.Pow(2, Math.Max(0, job.Attempts - 1)) * (0.8 + Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(Math.Min(ms, TimeSpan.FromHours(1).TotalMilliseconds));
    }
}
