namespace FactCheck.Workflows;

/// <summary>A job as the runner leases it, with its instance as it was at that moment (null: the instance is gone).</summary>
public sealed record LeasedJob(long Id, long InstanceId, string Activity, string State, long StateVersion, int Attempts, int MaxAttempts,
    long BackoffMs, string? ThenTrigger, string IdempotencyKey, string? Input, DateTimeOffset CreatedAt, InstanceState? Instance);

/// <summary>How a leased job ends.</summary>
public enum JobStatus
{
    /// <summary>Back in the queue (a retry, or given back for another node).</summary>
    Pending,
    /// <summary>Ran to its outcome.</summary>
    Done,
    /// <summary>Will not run again unless an incident is retried.</summary>
    Failed,
    /// <summary>No longer wanted (its instance left the state that queued it, or a migration dropped it).</summary>
    Cancelled,
}

/// <summary>The end of a lease: the new status, when, why, and for <see cref="JobStatus.Pending"/> when to run next.</summary>
/// <param name="Uncount">The attempt did not happen (the job was given back unrun): attempts go down by one.</param>
public sealed record JobEnd(JobStatus Status, DateTimeOffset At, string? Error = null, DateTimeOffset? RunAt = null, bool Uncount = false);

/// <summary>An open or closed incident.</summary>
public sealed record IncidentRow(long Id, long JobId, long InstanceId, string Activity, DateTimeOffset? ResolvedAt);

/// <summary>A transaction of the store's: commit it, or dispose it to roll back. Joining an open one commits nothing.</summary>
public interface IStoreTransaction : IAsyncDisposable
{
    /// <summary>Commits (when this call opened the transaction).</summary>
    ValueTask Commit();
}

/// <summary>
/// Where jobs and incidents live. The job runner (engine) decides; the store only reads and writes rows, inside the
/// transaction <see cref="Begin"/> opens — the same one the <see cref="IWorkflowStore"/> of the same scope writes in,
/// so a job's outcome, its activity's commit, its journal row and its follow-up transition are one transaction.
/// </summary>
public interface IJobStore
{
    /// <summary>Opens a transaction, or joins the caller's.</summary>
    ValueTask<IStoreTransaction> Begin(CancellationToken ct);
    /// <summary>Running jobs whose lease expired before <paramref name="now"/> (their worker is gone), at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<long>> Lapsed(DateTimeOffset now, int take, CancellationToken ct);
    /// <summary>Pending jobs due at <paramref name="now"/>, oldest first, at most <paramref name="take"/>; skipping rows other workers are locking where the database can.</summary>
    Task<IReadOnlyList<long>> Due(DateTimeOffset now, int take, CancellationToken ct);
    /// <summary>Counts one more lapsed lease on each job; returns those that have now lapsed <paramref name="poisonAt"/> times or more.</summary>
    Task<IReadOnlyList<LeasedJob>> CountLapses(IReadOnlyList<long> ids, int poisonAt, CancellationToken ct);
    /// <summary>Marks the jobs running under <paramref name="owner"/>'s lease until <paramref name="expires"/>, counts the attempt, and returns them with their instances.</summary>
    Task<IReadOnlyList<LeasedJob>> Lease(IReadOnlyList<long> ids, string owner, DateTimeOffset expires, CancellationToken ct);
    /// <summary>Extends the leases <paramref name="owner"/> still holds on these jobs; returns how many.</summary>
    Task<int> Renew(string owner, IReadOnlyCollection<long> ids, DateTimeOffset expires, CancellationToken ct);
    /// <summary>Gives a job back unrun: pending, lease cleared, the attempt not counted.</summary>
    Task Release(string owner, long jobId, CancellationToken ct);
    /// <summary>Ends a job (<paramref name="owner"/> null: whoever holds it, for poison jobs); false when this owner no longer holds its lease.</summary>
    Task<bool> End(long jobId, string? owner, JobEnd end, CancellationToken ct);
    /// <summary>Opens an incident for a job that will not run again, and flags its instance.</summary>
    Task OpenIncident(LeasedJob job, string why, DateTimeOffset at, CancellationToken ct);
    /// <summary>One incident, or null.</summary>
    Task<IncidentRow?> Incident(long incidentId, CancellationToken ct);
    /// <summary>The open incidents, of one activity or all, oldest first.</summary>
    Task<IReadOnlyList<long>> OpenIncidents(string? activity, CancellationToken ct);
    /// <summary>Closes an incident with who and how; re-flags its instance.</summary>
    Task CloseIncident(IncidentRow incident, string by, string resolution, DateTimeOffset at, CancellationToken ct);
    /// <summary>Puts a failed job back in the queue with a fresh budget (attempts and lapses at zero), due at <paramref name="at"/>.</summary>
    Task Requeue(long jobId, DateTimeOffset at, CancellationToken ct);
}
