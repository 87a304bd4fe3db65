using FactCheck.Data;
using FactCheck.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Jobs;

/// <summary>
/// Claims due jobs under a lease, runs their activity, and records the outcome: done (with the activity's commit, a
/// journal row and the follow-up trigger, in one transaction fenced by the lease), a retry with exponential backoff
/// and jitter, or an incident once the retries are spent.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, ActivityRegistry activities, TimeProvider clock, WorkerOptions options, ILogger<JobRunner> log)
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
    }

    const string SelectJob = "select id, instance_id, activity, state, state_version, attempts, max_attempts, backoff_ms, then_trigger, idempotency_key, input from job";

    /// <summary>Leases up to <paramref name="max"/> due jobs (pending and due, or running with an expired lease) to <paramref name="owner"/>.</summary>
    public async Task<IReadOnlyList<Job>> Claim(string owner, int max, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var now = clock.GetUtcNow();
        var expires = now + options.Lease;
        await using var tx = await db.BeginAsync(ct);
        var ids = new List<long>();
        foreach (var sql in db.Dialect.ClaimDueJobs)
            if (ids.Count < max) ids.AddRange(await db.Query<long>(sql, new { Now = now, Take = max - ids.Count }, ct));
        if (ids.Count == 0) return [];
        var args = new Dapper.DynamicParameters(new { Owner = owner, Expires = expires });
        for (var i = 0; i < ids.Count; i++) args.Add("J" + i, ids[i]);
        var idList = string.Join(", ", ids.Select((_, i) => "@J" + i));
        await db.Execute($"""
            update job set status = 'running', lease_owner = @Owner, lease_expires_at = @Expires, attempts = attempts + 1
            where id in ({idList})
            """, args, ct);
        var jobs = (await db.Query<Job>($"{SelectJob} where id in ({idList}) order by id", args, ct)).ToList();
        await tx.CommitAsync();
        return jobs;
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
        await using var scope = scopes.CreateAsyncScope();
        var activity = activities.Resolve(scope.ServiceProvider, job.Activity);
        ActivityResult result;
        if (activity is null) result = ActivityResult.Fail($"no activity named '{job.Activity}' is registered");
        else
        {
            var context = new ActivityContext(job.Id, job.InstanceId, job.Activity, job.State, job.StateVersion, job.IdempotencyKey, job.Attempts, job.Input);
            try { result = await activity.Run(context, ct); }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
            catch (Exception ex) { result = ActivityResult.Retry($"{ex.GetType().Name}: {ex.Message}"); }
        }
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
            await db.Execute("""
                insert into journal (instance_id, at, kind, actor, trigger_name, from_state, note)
                values (@InstanceId, @now, @Kind, 'system', @Activity, @State, @Note)
                """, new { job.InstanceId, now, Kind = result.Journal, job.Activity, job.State, Note = result.Message }, ct);
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
        await db.Execute("insert into incident (job_id, instance_id, activity, error, created_at) values (@Id, @InstanceId, @Activity, @why, @now)",
            new { job.Id, job.InstanceId, job.Activity, why, now }, ct);
        await db.Execute("update claim set has_incident = 1 where id = @InstanceId", job, ct);
        await db.Execute("""
            insert into journal (instance_id, at, kind, actor, trigger_name, from_state, note)
            values (@InstanceId, @now, 'incident', 'system', @Activity, @State, @why)
            """, new { job.InstanceId, now, job.Activity, job.State, why }, ct);
        await tx.CommitAsync();
        log.LogWarning("incident on instance {Instance}: {Why}", job.InstanceId, why);
    }

    /// <summary>backoff × 2^(attempt−1), ±20 % jitter so retries of many jobs spread out, capped at an hour.</summary>
    internal static TimeSpan Backoff(Job job)
    {
        var ms = job.BackoffMs * Math.Pow(2, Math.Max(0, job.Attempts - 1)) * (0.8 + Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(Math.Min(ms, TimeSpan.FromHours(1).TotalMilliseconds));
    }
}
