using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Workflows;

/// <summary>
/// Claims due jobs under a lease, runs their activity, and records the outcome: done (with the activity's commit, a
/// journal row and the follow-up trigger, in one transaction fenced by the lease), a retry with exponential backoff
/// and jitter, or an incident once the retries are spent. Rows are read and written through the scope's
/// <see cref="IJobStore"/> and <see cref="IWorkflowStore"/>; the rules are here.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, ActivityRegistry activities, WorkflowCatalog catalog, TimeProvider clock, WorkerOptions options, ILogger<JobRunner> log)
{
    /// <summary>How long a job this node cannot run (an activity or definition version only newer nodes have) is left for others before it becomes an incident.</summary>
    static readonly TimeSpan LeaveForOthersAtMost = TimeSpan.FromHours(1);

    /// <summary>
    /// Leases up to <paramref name="max"/> due jobs (pending and due, or running with an expired lease) to <paramref name="owner"/>.
    /// A lapsed lease is counted; a job whose lease lapsed <see cref="WorkerOptions.PoisonAfterLapses"/> times without
    /// an outcome killed its worker each time (out of memory, a native crash) and becomes an incident instead.
    /// </summary>
    public async Task<IReadOnlyList<LeasedJob>> Claim(string owner, int max, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IJobStore>();
        var now = clock.GetUtcNow();
        await using var tx = await jobs.Begin(ct);
        var lapsed = await jobs.Lapsed(now, max, ct);
        var ids = new List<long>(lapsed);
        if (lapsed.Count > 0)
        {
            var journal = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
            foreach (var poison in await jobs.CountLapses(lapsed, options.PoisonAfterLapses, ct))
            {
                var why = $"{poison.Activity}: its lease lapsed {options.PoisonAfterLapses} times without an outcome; the worker running it died each time " +
                          "(out of memory or a crash?); not run again until retried";
                await jobs.End(poison.Id, null, new JobEnd(JobStatus.Failed, now, why), ct);
                await Incident(jobs, journal, poison, why, now, ct);
                ids.Remove(poison.Id);
                log.LogError("job {Job} ({Activity}) of instance {Instance} is poison: {Why}", poison.Id, poison.Activity, poison.InstanceId, why);
            }
        }
        if (ids.Count < max) ids.AddRange(await jobs.Due(now, max - ids.Count, ct));
        IReadOnlyList<LeasedJob> leased = ids.Count == 0 ? [] : await jobs.Lease(ids, owner, now + options.Lease, ct);
        await tx.Commit();
        return leased;
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
        return await scope.ServiceProvider.GetRequiredService<IJobStore>().Renew(owner, running, clock.GetUtcNow() + options.Lease, ct);
    }

    /// <summary>Gives a job back unrun (shutdown): pending again, the attempt not counted.</summary>
    public async Task Release(string owner, long jobId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IJobStore>().Release(owner, jobId, ct);
    }

    /// <summary>Runs one claimed job to its recorded outcome. Cancellation (lease lost, shutdown) records nothing.</summary>
    public async Task Execute(string owner, LeasedJob job, CancellationToken ct)
    {
        using var span = EngineTelemetry.Source.StartActivity("job " + job.Activity);
        span?.SetTag("factcheck.instance", job.InstanceId);
        span?.SetTag("factcheck.job", job.Id);
        span?.SetTag("factcheck.attempt", job.Attempts);
        await using var scope = scopes.CreateAsyncScope();
        var activity = activities.Resolve(scope.ServiceProvider, job.Activity);
        var now = job.Instance;
        // A rolling deploy: another node (a newer one) has this activity or this version of the definition. Leave the job
        // to it, for a while; then it is an incident (no node runs it).
        var missing = activity is null ? $"no activity named '{job.Activity}' is registered on this node"
            : now is not null && !catalog.Has(now.WorkflowId, now.WorkflowVersion) ? $"this node does not have {now.WorkflowId} v{now.WorkflowVersion}" : null;
        if (missing is not null && clock.GetUtcNow() - job.CreatedAt < LeaveForOthersAtMost)
        {
            log.LogWarning("job {Job} ({Activity}) of instance {Instance} left for another node: {Why}", job.Id, job.Activity, job.InstanceId, missing);
            await Record(ct, s => s.Jobs.End(job.Id, owner, new JobEnd(JobStatus.Pending, clock.GetUtcNow(), missing, clock.GetUtcNow() + TimeSpan.FromSeconds(30), Uncount: true), ct));
            return;
        }
        ActivityResult result;
        if (missing is not null) result = ActivityResult.Fail($"{missing}, nor on any other node for {LeaveForOthersAtMost.TotalMinutes:0} minutes");
        else if (!activity!.RunsAfterLeavingState && now?.State != job.State)
        {
            // Enqueued on entering a state the instance has left since: cancelled, and the journal says so.
            await Record(ct, s => Cancel(s, owner, job, now, ct));
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
        await Record(ct, async s =>
        {
            if (result.Outcome == ActivityOutcome.Done)
            {
                try
                {
                    if (!await Complete(s, owner, job, result, ct))
                        log.LogWarning("job {Job} ({Activity}) finished after its lease was lost; its outcome was not recorded", job.Id, job.Activity);
                    return;
                }
                catch (Exception ex) when (ex is not (System.Data.Common.DbException or OperationCanceledException))
                {
                    // The commit or the follow-up was refused (the instance changed under it): a retry, and an incident once they are spent.
                    result = ActivityResult.Retry(ex.Message);
                }
            }
            await Failed(s, owner, job, result, ct);
        });
    }

    /// <summary>The scope an outcome is recorded in: its stores, its engine, and its services for the activity's commit.</summary>
    readonly record struct Scope(IJobStore Jobs, IWorkflowStore Journal, IServiceProvider Services);

    /// <summary>
    /// Records an outcome in a fresh scope, trying again (three times in all) when the database connection fails: a
    /// pooled connection the server has closed fails once and is dropped. If it still fails, the exception stands and
    /// the lease lapses, so the job runs again (activities are idempotent).
    /// </summary>
    async Task Record(CancellationToken ct, Func<Scope, Task> record)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            try
            {
                await record(new Scope(sp.GetRequiredService<IJobStore>(), sp.GetRequiredService<IWorkflowStore>(), sp));
                return;
            }
            catch (System.Data.Common.DbException ex) when (attempt < 3 && !ct.IsCancellationRequested)
            {
                log.LogWarning("recording a job outcome failed ({Error}); trying again", ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
        }
    }

    async Task<bool> Complete(Scope s, string owner, LeasedJob job, ActivityResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var tx = await s.Jobs.Begin(ct);
        if (!await s.Jobs.End(job.Id, owner, new JobEnd(JobStatus.Done, now), ct)) return false;
        if (result.Commit is not null) await result.Commit(s.Services, ct);
        if (result.Journal is not null)
            await s.Journal.Record(new JournalEntry(job.InstanceId, now, result.Journal, Actor.System.Name, null, job.Activity, job.State, null, result.Message, null), [], ct);
        if (job.ThenTrigger is not null)
        {
            var fired = await s.Services.GetRequiredService<WorkflowEngine>().Fire(new FireRequest(job.InstanceId, job.ThenTrigger, Actor.System,
                Note: $"after {job.Activity}", ExpectedVersion: job.StateVersion), ct);
            // A conflict means the instance moved on (say, a correction); the follow-up no longer applies.
            if (fired.Status is FireStatus.Refused or FireStatus.NotFound)
                throw new InvalidOperationException($"follow-up trigger '{job.ThenTrigger}' refused: {string.Join("; ", fired.Reasons)}");
        }
        await tx.Commit();
        return true;
    }

    async Task Failed(Scope s, string owner, LeasedJob job, ActivityResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var error = result.Message ?? "failed";
        await using var tx = await s.Jobs.Begin(ct);
        if (result.Outcome == ActivityOutcome.Retry && job.Attempts < job.MaxAttempts)
        {
            await s.Jobs.End(job.Id, owner, new JobEnd(JobStatus.Pending, now, error, now + Backoff(job.BackoffMs, job.Attempts)), ct);
            await tx.Commit();
            return;
        }
        if (!await s.Jobs.End(job.Id, owner, new JobEnd(JobStatus.Failed, now, error), ct)) return;
        var why = result.Outcome == ActivityOutcome.Fail
            ? $"{job.Activity} failed permanently on attempt {job.Attempts}: {error}"
            : $"{job.Activity} failed {job.Attempts} times, retries spent: {error}";
        await Incident(s.Jobs, s.Journal, job, why, now, ct);
        await tx.Commit();
        log.LogWarning("incident on instance {Instance}: {Why}", job.InstanceId, why);
    }

    /// <summary>An incident for a job that will not run again: the incident row, the instance flagged, a journal row.</summary>
    static async Task Incident(IJobStore jobs, IWorkflowStore journal, LeasedJob job, string why, DateTimeOffset now, CancellationToken ct)
    {
        EngineTelemetry.Incidents.Add(1, new KeyValuePair<string, object?>("activity", job.Activity));
        await jobs.OpenIncident(job, why, now, ct);
        await journal.Record(new JournalEntry(job.InstanceId, now, "incident", Actor.System.Name, null, job.Activity, job.State, null, why, null), [], ct);
    }

    /// <summary>A job for a state the instance has left: cancelled (while this worker holds it), with a journal row saying why.</summary>
    async Task Cancel(Scope s, string owner, LeasedJob job, InstanceState? now, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        var why = $"{job.Activity} was queued on entering {job.State} (version {job.StateVersion}); the claim is {(now is null ? "gone" : $"now in {now.State}")}: not run";
        await using var tx = await s.Jobs.Begin(ct);
        if (!await s.Jobs.End(job.Id, owner, new JobEnd(JobStatus.Cancelled, at, why), ct)) return;
        if (now is not null)
            await s.Journal.Record(new JournalEntry(job.InstanceId, at, "job_cancelled", Actor.System.Name, null, job.Activity, job.State, null, why, null), [], ct);
        await tx.Commit();
        log.LogInformation("job {Job} cancelled: {Why}", job.Id, why);
    }

    /// <summary>backoff × 2^(attempt−1), ±20 % jitter so retries of many jobs spread out, capped at an hour.</summary>
    public static TimeSpan Backoff(long backoffMs, int attempts)
    {
        var ms = backoffMs * Math.Pow(2, Math.Max(0, attempts - 1)) * (0.8 + Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(Math.Min(ms, TimeSpan.FromHours(1).TotalMilliseconds));
    }
}
