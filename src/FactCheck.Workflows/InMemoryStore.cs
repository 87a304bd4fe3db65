namespace FactCheck.Workflows;

/// <summary>
/// Instances, journal, jobs and incidents in memory: for testing a definition (its guards, activities, timers and
/// follow-ups) without a database, with a fake clock. One store stands for one database: register the same instance
/// as <see cref="IWorkflowStore"/> and <see cref="IJobStore"/>. A transaction snapshots the rows and restores them when
/// disposed uncommitted; one caller at a time (tests drive the worker with <c>RunDue</c>, concurrency 1).
/// </summary>
public sealed class InMemoryStore : IWorkflowStore, IJobStore
{
    /// <summary>An instance row.</summary>
    public sealed record Instance(long Id, string WorkflowId, int WorkflowVersion, string State, long Version, DateTimeOffset? DueAt, bool HasIncident);

    /// <summary>A job row.</summary>
    public sealed record Job(long Id, JobRequest Request, string Status, int Attempts, int Lapses, string? LeaseOwner, DateTimeOffset? LeaseExpires,
        DateTimeOffset RunAt, DateTimeOffset? FinishedAt, string? LastError, DateTimeOffset CreatedAt);

    /// <summary>An incident row.</summary>
    public sealed record IncidentRecord(long Id, long JobId, long InstanceId, string Activity, string Error, DateTimeOffset At, DateTimeOffset? ResolvedAt, string? ResolvedBy, string? Resolution);

    sealed record Rows(Dictionary<long, Instance> Instances, List<JournalEntry> Journal, SortedDictionary<long, Job> Jobs, SortedDictionary<long, IncidentRecord> Incidents, long NextId)
    {
        public Rows Copy() => new(new(Instances), [.. Journal], new(Jobs), new(Incidents), NextId);
    }

    readonly Lock _lock = new();
    Rows _rows = new([], [], [], [], 1);
    Rows? _snapshot;

    /// <summary>Every instance.</summary>
    public IReadOnlyCollection<Instance> Instances { get { lock (_lock) return [.. _rows.Instances.Values]; } }
    /// <summary>The journal, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Journal { get { lock (_lock) return [.. _rows.Journal]; } }
    /// <summary>Every job, by id.</summary>
    public IReadOnlyList<Job> Jobs { get { lock (_lock) return [.. _rows.Jobs.Values]; } }
    /// <summary>Every incident, by id.</summary>
    public IReadOnlyList<IncidentRecord> Incidents { get { lock (_lock) return [.. _rows.Incidents.Values]; } }

    /// <summary>Inserts an instance at <paramref name="state"/> (what the host does before <see cref="WorkflowEngine.Started"/>); returns its id.</summary>
    public long Add(string workflowId, int version, string state)
    {
        lock (_lock)
        {
            var id = Next();
            _rows.Instances[id] = new Instance(id, workflowId, version, state, 1, null, false);
            return id;
        }
    }

    long Next() => (_rows = _rows with { NextId = _rows.NextId + 1 }).NextId - 1;

    sealed class Tx(InMemoryStore store, bool owner) : IStoreTransaction
    {
        bool _done;
        public ValueTask Commit()
        {
            _done = true;
            if (owner) lock (store._lock) store._snapshot = null;
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (owner && !_done)
                lock (store._lock)
                {
                    store._rows = store._snapshot!;
                    store._snapshot = null;
                }
            return ValueTask.CompletedTask;
        }
    }

    /// <inheritdoc/>
    public ValueTask<IStoreTransaction> Begin(CancellationToken ct)
    {
        lock (_lock)
        {
            if (_snapshot is not null) return ValueTask.FromResult<IStoreTransaction>(new Tx(this, false));
            _snapshot = _rows.Copy();
            return ValueTask.FromResult<IStoreTransaction>(new Tx(this, true));
        }
    }

    // IWorkflowStore

    /// <inheritdoc/>
    public Task<InstanceState?> Load(long instanceId, CancellationToken ct)
    {
        lock (_lock)
            return Task.FromResult(_rows.Instances.TryGetValue(instanceId, out var i) ? new InstanceState(i.Id, i.WorkflowId, i.WorkflowVersion, i.State, i.Version) : null);
    }

    /// <inheritdoc/>
    public Task<bool> TryMove(long instanceId, long expectedVersion, string newState, DateTimeOffset at, DateTimeOffset? dueAt, JournalEntry entry,
        IReadOnlyList<JobRequest> jobs, CancellationToken ct)
    {
        lock (_lock)
        {
            if (!_rows.Instances.TryGetValue(instanceId, out var i) || i.Version != expectedVersion) return Task.FromResult(false);
            _rows.Instances[instanceId] = i with { State = newState, Version = i.Version + 1, DueAt = dueAt };
            Append(entry, jobs);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task Record(JournalEntry entry, IReadOnlyList<JobRequest> jobs, CancellationToken ct)
    {
        lock (_lock) Append(entry, jobs);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task Enqueue(IReadOnlyList<JobRequest> jobs, CancellationToken ct)
    {
        lock (_lock) foreach (var j in jobs) Insert(j);
        return Task.CompletedTask;
    }

    void Append(JournalEntry entry, IReadOnlyList<JobRequest> jobs)
    {
        _rows.Journal.Add(entry);
        foreach (var j in jobs) Insert(j);
    }

    void Insert(JobRequest r)
    {
        // The idempotency key is unique, as in the SQL tables.
        if (_rows.Jobs.Values.Any(j => j.Request.IdempotencyKey == r.IdempotencyKey))
            throw new InvalidOperationException($"a job with idempotency key '{r.IdempotencyKey}' exists");
        var id = Next();
        _rows.Jobs[id] = new Job(id, r, "pending", 0, 0, null, null, r.RunAt, null, null, r.RunAt);
    }

    /// <inheritdoc/>
    public Task CancelTimers(long instanceId, string state, DateTimeOffset at, CancellationToken ct)
    {
        lock (_lock)
            foreach (var j in _rows.Jobs.Values.Where(j => j.Request.InstanceId == instanceId && j.Request.Activity == WorkflowEngine.DueTimer && j.Request.State == state && j.Status == "pending").ToList())
                _rows.Jobs[j.Id] = j with { Status = "cancelled", FinishedAt = at };
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<LastTransition?> Last(long instanceId, CancellationToken ct)
    {
        lock (_lock)
            return Task.FromResult(_rows.Journal.LastOrDefault(e => e.InstanceId == instanceId && e.Kind == WorkflowEngine.TransitionKind) is { } e
                ? new LastTransition(e.Trigger!, e.Actor, e.At) : null);
    }

    /// <inheritdoc/>
    public Task<bool> Migrate(long instanceId, long expectedVersion, int toVersion, string fromState, string toState, IReadOnlyCollection<string> cancel,
        JournalEntry entry, CancellationToken ct)
    {
        lock (_lock)
        {
            if (!_rows.Instances.TryGetValue(instanceId, out var i) || i.Version != expectedVersion) return Task.FromResult(false);
            _rows.Instances[instanceId] = i with { WorkflowVersion = toVersion, State = toState, Version = i.Version + 1 };
            foreach (var j in _rows.Jobs.Values.Where(j => j.Request.InstanceId == instanceId && j.Request.State == fromState && j.Status == "pending").ToList())
                _rows.Jobs[j.Id] = cancel.Contains(j.Request.Activity)
                    ? j with { Status = "cancelled", FinishedAt = entry.At, LastError = $"cancelled by migration to v{toVersion}: {toState} does not run it" }
                    : j with { Request = j.Request with { State = toState } };
            _rows.Journal.Add(entry);
            return Task.FromResult(true);
        }
    }

    // IJobStore

    /// <inheritdoc/>
    public Task<IReadOnlyList<long>> Lapsed(DateTimeOffset now, int take, CancellationToken ct)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<long>>([.. _rows.Jobs.Values.Where(j => j.Status == "running" && j.LeaseExpires <= now).Take(take).Select(j => j.Id)]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<long>> Due(DateTimeOffset now, int take, CancellationToken ct)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<long>>([.. _rows.Jobs.Values.Where(j => j.Status == "pending" && j.RunAt <= now).OrderBy(j => j.RunAt).ThenBy(j => j.Id).Take(take).Select(j => j.Id)]);
    }

    LeasedJob Leased(Job j) => new(j.Id, j.Request.InstanceId, j.Request.Activity, j.Request.State, j.Request.StateVersion, j.Attempts, j.Request.MaxAttempts,
        j.Request.BackoffMs, j.Request.Then, j.Request.IdempotencyKey, j.Request.Input, j.CreatedAt,
        _rows.Instances.TryGetValue(j.Request.InstanceId, out var i) ? new InstanceState(i.Id, i.WorkflowId, i.WorkflowVersion, i.State, 0) : null);

    /// <inheritdoc/>
    public Task<IReadOnlyList<LeasedJob>> CountLapses(IReadOnlyList<long> ids, int poisonAt, CancellationToken ct)
    {
        lock (_lock)
        {
            foreach (var id in ids) _rows.Jobs[id] = _rows.Jobs[id] with { Lapses = _rows.Jobs[id].Lapses + 1 };
            return Task.FromResult<IReadOnlyList<LeasedJob>>([.. ids.Select(id => _rows.Jobs[id]).Where(j => j.Lapses >= poisonAt).Select(Leased)]);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<LeasedJob>> Lease(IReadOnlyList<long> ids, string owner, DateTimeOffset expires, CancellationToken ct)
    {
        lock (_lock)
        {
            foreach (var id in ids) _rows.Jobs[id] = _rows.Jobs[id] with { Status = "running", LeaseOwner = owner, LeaseExpires = expires, Attempts = _rows.Jobs[id].Attempts + 1 };
            return Task.FromResult<IReadOnlyList<LeasedJob>>([.. ids.Order().Select(id => Leased(_rows.Jobs[id]))]);
        }
    }

    bool Holds(long id, string? owner) => _rows.Jobs.TryGetValue(id, out var j) && (owner is null || j.LeaseOwner == owner && j.Status == "running");

    /// <inheritdoc/>
    public Task<int> Renew(string owner, IReadOnlyCollection<long> ids, DateTimeOffset expires, CancellationToken ct)
    {
        lock (_lock)
        {
            var held = ids.Where(id => Holds(id, owner)).ToList();
            foreach (var id in held) _rows.Jobs[id] = _rows.Jobs[id] with { LeaseExpires = expires };
            return Task.FromResult(held.Count);
        }
    }

    /// <inheritdoc/>
    public Task Release(string owner, long jobId, CancellationToken ct)
    {
        lock (_lock)
            if (Holds(jobId, owner))
                _rows.Jobs[jobId] = _rows.Jobs[jobId] with { Status = "pending", LeaseOwner = null, LeaseExpires = null, Attempts = _rows.Jobs[jobId].Attempts - 1 };
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> End(long jobId, string? owner, JobEnd end, CancellationToken ct)
    {
        lock (_lock)
        {
            if (!Holds(jobId, owner)) return Task.FromResult(false);
            var j = _rows.Jobs[jobId] with { LeaseOwner = null, LeaseExpires = null };
            _rows.Jobs[jobId] = end.Status switch
            {
                JobStatus.Done => j with { Status = "done", FinishedAt = end.At, LastError = null },
                JobStatus.Pending => j with { Status = "pending", RunAt = end.RunAt ?? throw new ArgumentException("a pending job needs a time to run", nameof(end)),
                    LastError = end.Error, Attempts = end.Uncount ? j.Attempts - 1 : j.Attempts },
                _ => j with { Status = end.Status == JobStatus.Failed ? "failed" : "cancelled", FinishedAt = end.At, LastError = end.Error },
            };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task OpenIncident(LeasedJob job, string why, DateTimeOffset at, CancellationToken ct)
    {
        lock (_lock)
        {
            var id = Next();
            _rows.Incidents[id] = new IncidentRecord(id, job.Id, job.InstanceId, job.Activity, why, at, null, null, null);
            Flag(job.InstanceId);
        }
        return Task.CompletedTask;
    }

    void Flag(long instanceId)
    {
        if (_rows.Instances.TryGetValue(instanceId, out var i))
            _rows.Instances[instanceId] = i with { HasIncident = _rows.Incidents.Values.Any(x => x.InstanceId == instanceId && x.ResolvedAt is null) };
    }

    /// <inheritdoc/>
    public Task<IncidentRow?> Incident(long incidentId, CancellationToken ct)
    {
        lock (_lock)
            return Task.FromResult(_rows.Incidents.TryGetValue(incidentId, out var x) ? new IncidentRow(x.Id, x.JobId, x.InstanceId, x.Activity, x.ResolvedAt) : null);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<long>> OpenIncidents(string? activity, CancellationToken ct)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<long>>([.. _rows.Incidents.Values.Where(x => x.ResolvedAt is null && (string.IsNullOrEmpty(activity) || x.Activity == activity)).Select(x => x.Id)]);
    }

    /// <inheritdoc/>
    public Task CloseIncident(IncidentRow incident, string by, string resolution, DateTimeOffset at, CancellationToken ct)
    {
        lock (_lock)
        {
            _rows.Incidents[incident.Id] = _rows.Incidents[incident.Id] with { ResolvedAt = at, ResolvedBy = by, Resolution = resolution };
            Flag(incident.InstanceId);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task Requeue(long jobId, DateTimeOffset at, CancellationToken ct)
    {
        lock (_lock)
            if (_rows.Jobs.TryGetValue(jobId, out var j) && j.Status == "failed")
                _rows.Jobs[jobId] = j with { Status = "pending", Attempts = 0, Lapses = 0, RunAt = at, FinishedAt = null };
        return Task.CompletedTask;
    }
}
