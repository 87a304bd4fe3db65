namespace FactCheck.Workflows;

/// <summary>
/// What people do with incidents: re-queue the job with a fresh budget, or close the incident with a note (the job
/// stays failed). Either closes the incident with who and how, re-flags the instance and journals it, inside the
/// caller's transaction.
/// </summary>
public sealed class Incidents(IJobStore jobs, IWorkflowStore journal, TimeProvider clock)
{
    /// <summary>The journal kind of a retried incident.</summary>
    public const string RetriedKind = "incident_retry";
    /// <summary>The journal kind of an incident closed without a retry.</summary>
    public const string ResolvedKind = "incident_resolved";

    /// <summary>Re-queues the incident's job. Null when there is no such incident; the row, unchanged, when it was already closed.</summary>
    public async Task<IncidentRow?> Retry(long incidentId, Actor actor, CancellationToken ct)
    {
        var open = await jobs.Incident(incidentId, ct);
        if (open is not { ResolvedAt: null }) return open;
        var now = clock.GetUtcNow();
        await jobs.CloseIncident(open, actor.Name, "retried", now, ct);
        await jobs.Requeue(open.JobId, now, ct);
        await journal.Record(new JournalEntry(open.InstanceId, now, RetriedKind, actor.Name, actor.UserId, open.Activity, null, null, $"incident {incidentId} re-queued", null), [], ct);
        return open;
    }

    /// <summary>Every open incident of <paramref name="activity"/> (all when null), re-queued; those closed meanwhile are skipped.</summary>
    public async Task<IReadOnlyList<IncidentRow>> RetryMatching(string? activity, Actor actor, CancellationToken ct)
    {
        var done = new List<IncidentRow>();
        foreach (var id in await jobs.OpenIncidents(activity, ct))
            if (await Retry(id, actor, ct) is { ResolvedAt: null } retried) done.Add(retried);
        return done;
    }

    /// <summary>Closes the incident without a retry, with the note. Null when there is no such incident; the row, unchanged, when it was already closed.</summary>
    public async Task<IncidentRow?> Resolve(long incidentId, Actor actor, string note, CancellationToken ct)
    {
        var open = await jobs.Incident(incidentId, ct);
        if (open is not { ResolvedAt: null }) return open;
        var now = clock.GetUtcNow();
        await jobs.CloseIncident(open, actor.Name, note, now, ct);
        await journal.Record(new JournalEntry(open.InstanceId, now, ResolvedKind, actor.Name, actor.UserId, open.Activity, null, null,
            $"incident {incidentId} resolved without a retry: {note}", null), [], ct);
        return open;
    }
}
