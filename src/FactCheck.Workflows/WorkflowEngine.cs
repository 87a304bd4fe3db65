namespace FactCheck.Workflows;

/// <summary>
/// Fires triggers on instances: role check, required inputs, guards, a versioned state update, one journal row,
/// and jobs for the target state's on-enter activities and its due-time timer. All inside the caller's transaction.
/// </summary>
public sealed class WorkflowEngine(WorkflowCatalog catalog, IWorkflowStore store, IEnumerable<IGuard> guards, TimeProvider clock)
{
    /// <summary>The journal kind of a transition row.</summary>
    public const string TransitionKind = "transition";
    /// <summary>The activity name of the due-time timer job.</summary>
    public const string DueTimer = "due-timer";

    /// <summary>How recent a transition by the same trigger must be for a fire that is no longer possible to count as a lost race.</summary>
    static readonly TimeSpan RecentRace = TimeSpan.FromMinutes(1);

    readonly Dictionary<string, IGuard> _guards = guards.ToDictionary(g => g.Name);

    /// <summary>The catalog this engine runs.</summary>
    public WorkflowCatalog Catalog => catalog;

    /// <summary>Fires a trigger. Refusals and conflicts write nothing. Traced as a span; counted by workflow, trigger and outcome.</summary>
    public async Task<FireResult> Fire(FireRequest request, CancellationToken ct = default)
    {
        using var span = EngineTelemetry.Source.StartActivity("transition " + request.Trigger);
        var (result, workflow) = await FireCore(request, ct);
        var outcome = EngineTelemetry.Outcome(result.Status);
        EngineTelemetry.Transitions.Add(1, new("workflow", workflow), new("trigger", request.Trigger), new("outcome", outcome));
        if (span is not null)
        {
            span.SetTag("factcheck.instance", request.InstanceId);
            span.SetTag("factcheck.workflow", workflow);
            span.SetTag("factcheck.outcome", outcome);
            if (result.From is not null) span.SetTag("factcheck.from", result.From);
            if (result.To is not null) span.SetTag("factcheck.to", result.To);
        }
        return result;
    }

    async Task<(FireResult, string Workflow)> FireCore(FireRequest request, CancellationToken ct)
    {
        var instance = await store.Load(request.InstanceId, ct);
        if (instance is null) return (new(FireStatus.NotFound, null, null, 0, [$"instance {request.InstanceId} does not exist"]), "?");
        if (request.ExpectedVersion is { } expected && expected != instance.Version)
            return (Conflict(instance), instance.WorkflowId);

        var definition = catalog.Get(instance.WorkflowId, instance.WorkflowVersion);
        var transition = definition.Find(instance.State, request.Trigger);
        if (transition is null)
        {
            // Not possible from here because someone has just fired this very trigger: a lost race (409), not a refusal.
            if (request.ExpectedVersion is null && await store.Last(instance.Id, ct) is { } last && last.Trigger == request.Trigger
                && clock.GetUtcNow() - last.At < RecentRace)
                return (new(FireStatus.Conflict, instance.State, null, instance.Version,
                    [$"'{request.Trigger}' was just fired by {last.Actor} (instance {instance.Id} is now '{instance.State}', version {instance.Version}); reload to see it"]), instance.WorkflowId);
            return (new(FireStatus.Refused, instance.State, null, instance.Version, [NotDefined(definition, instance.State, request.Trigger)]), instance.WorkflowId);
        }

        var reasons = await Check(instance, transition, request.Actor, request.Note, request.PublicNote, ct, request.Payload);
        if (reasons.Count > 0) return (new(FireStatus.Refused, instance.State, transition.To, instance.Version, reasons), instance.WorkflowId);

        var now = clock.GetUtcNow();
        var target = definition.States[transition.To];
        var version = instance.Version + 1;
        var entry = new JournalEntry(instance.Id, now, TransitionKind, request.Actor.Name, request.Actor.UserId,
            transition.Trigger, transition.From, transition.To, request.Note,
            request.PublicNote is { } publicNote && !string.IsNullOrWhiteSpace(publicNote)
                ? new System.Text.Json.Nodes.JsonObject { ["publicNote"] = publicNote.Trim() }.ToJsonString() : request.Payload);
        if (!await store.TryMove(instance.Id, instance.Version, transition.To, now, now + target.Due, entry, JobsFor(instance.Id, target, version, now), ct))
            return (Conflict(instance), instance.WorkflowId);
        if (definition.States[transition.From].Due is not null && transition.From != transition.To) await store.CancelTimers(instance.Id, transition.From, now, ct);
        return (new(FireStatus.Moved, transition.From, transition.To, version, []), instance.WorkflowId);
    }

    /// <summary>
    /// Records the start of an instance the host has just inserted at the definition's initial state:
    /// one journal row, and the initial state's jobs and timer.
    /// </summary>
    public async Task Started(long instanceId, Actor actor, CancellationToken ct = default)
    {
        var instance = await store.Load(instanceId, ct) ?? throw new KeyNotFoundException($"instance {instanceId} does not exist");
        var definition = catalog.Get(instance.WorkflowId, instance.WorkflowVersion);
        var now = clock.GetUtcNow();
        await store.Record(new JournalEntry(instance.Id, now, "start", actor.Name, actor.UserId, null, null, instance.State, null, null),
            JobsFor(instance.Id, definition.States[instance.State], instance.Version, now), ct);
    }

    /// <summary>The journal kind of a migration row.</summary>
    public const string MigratedKind = "migrated";

    /// <summary>
    /// Where an instance would land on <paramref name="toVersion"/> of its definition: its state, or the state
    /// <paramref name="map"/> gives for it, must exist there; the on-enter activities of its state that the new state
    /// does not run (and its due-time timer, if the new state has none) are what migration cancels.
    /// </summary>
    public Placement Place(InstanceState instance, int toVersion, IReadOnlyDictionary<string, string> map)
    {
        WorkflowDefinition from, to;
        try { (from, to) = (catalog.Get(instance.WorkflowId, instance.WorkflowVersion), catalog.Get(instance.WorkflowId, toVersion)); }
        catch (KeyNotFoundException ex) { return new(instance, toVersion, null, [], ex.Message); }
        var state = map.GetValueOrDefault(instance.State, instance.State);
        if (!to.States.TryGetValue(state, out var target))
            return new(instance, toVersion, null, [], map.ContainsKey(instance.State)
                ? $"--map {instance.State}={state}: {instance.WorkflowId} v{toVersion} has no state '{state}'"
                : $"state '{instance.State}' is not in {instance.WorkflowId} v{toVersion}; give --map {instance.State}=STATE (states there: {string.Join(", ", to.States.Keys)})");
        var runs = target.OnEnter.Select(a => a.Activity).ToHashSet(StringComparer.Ordinal);
        from.States.TryGetValue(instance.State, out var old);
        var cancelled = old is null ? [] : old.OnEnter.Select(a => a.Activity).Where(a => !runs.Contains(a)).ToList();
        if (old?.Due is not null && target.Due is null) cancelled.Add(DueTimer);
        return new(instance, toVersion, state, cancelled, null);
    }

    /// <summary>Applies a placement from <see cref="Place"/>: one versioned update and one journal row; false when the instance changed meanwhile.</summary>
    public Task<bool> Migrate(Placement p, Actor actor, CancellationToken ct = default)
    {
        if (p.Problem is not null || p.ToState is null) throw new InvalidOperationException($"instance {p.Instance.Id} cannot be migrated: {p.Problem}");
        var i = p.Instance;
        var note = $"{i.WorkflowId} v{i.WorkflowVersion} → v{p.ToVersion}" + (p.ToState == i.State ? $", still in {i.State}" : $", {i.State} → {p.ToState}");
        var entry = new JournalEntry(i.Id, clock.GetUtcNow(), MigratedKind, actor.Name, actor.UserId, null, i.State, p.ToState, note, null);
        return store.Migrate(i.Id, i.Version, p.ToVersion, i.State, p.ToState, p.Cancelled, entry, ct);
    }

    /// <summary>Every trigger from the instance's current state, and for this actor whether it may fire now or why not.</summary>
    public async Task<IReadOnlyList<PermittedTrigger>> Permitted(long instanceId, Actor actor, CancellationToken ct = default)
    {
        var instance = await store.Load(instanceId, ct) ?? throw new KeyNotFoundException($"instance {instanceId} does not exist");
        var definition = catalog.Get(instance.WorkflowId, instance.WorkflowVersion);
        var list = new List<PermittedTrigger>();
        foreach (var t in definition.From(instance.State))
        {
            // Required inputs are given when firing, so they do not block here; they are listed instead.
            var reasons = await Check(instance, t, actor, note: "-", publicNote: "-", ct, payload: "-");
            list.Add(new(t.Trigger, t.To, t.Title, reasons.Count == 0, reasons, t.Requires));
        }
        return list;
    }

    async Task<List<string>> Check(InstanceState instance, TransitionDefinition t, Actor actor, string? note, string? publicNote, CancellationToken ct, string? payload = null)
    {
        var reasons = new List<string>();
        if (!t.Roles.Any(actor.Roles.Contains))
        {
            reasons.Add($"'{t.Trigger}' needs the role {string.Join(" or ", t.Roles)}; {actor.Name} has {(actor.Roles.Count == 0 ? "no role" : string.Join(", ", actor.Roles))}");
            return reasons; // guards are not evaluated for someone who may not fire the trigger anyway
        }
        if (t.Requires.Contains("note") && string.IsNullOrWhiteSpace(note))
            reasons.Add($"'{t.Trigger}' requires a note saying why");
        if (t.Requires.Contains("public_note") && string.IsNullOrWhiteSpace(publicNote))
            reasons.Add($"'{t.Trigger}' requires a public text for readers (the note stays internal)");
        foreach (var name in t.Guards)
        {
            var guard = _guards.TryGetValue(name, out var g) ? g
                : throw new InvalidOperationException($"guard '{name}' is named by {catalog.Get(instance.WorkflowId, instance.WorkflowVersion).SourceFile} but not registered");
            if (await guard.Check(new GuardContext(instance, t, actor, payload), ct) is { } reason) reasons.Add(reason);
        }
        return reasons;
    }

    static FireResult Conflict(InstanceState instance) =>
        new(FireStatus.Conflict, instance.State, null, instance.Version,
            [$"instance {instance.Id} was changed by someone else (now '{instance.State}', version {instance.Version}); reload and try again"]);

    static string NotDefined(WorkflowDefinition d, string state, string trigger)
    {
        var possible = d.From(state).Select(t => t.Trigger).ToList();
        return $"'{trigger}' is not possible from state '{state}'" +
               (possible.Count == 0 ? "; nothing can be fired from there" : $"; possible: {string.Join(", ", possible)}");
    }

    static List<JobRequest> JobsFor(long instanceId, StateDefinition target, long version, DateTimeOffset now)
    {
        var jobs = new List<JobRequest>(target.OnEnter.Count + 1);
        foreach (var a in target.OnEnter)
            jobs.Add(new(instanceId, a.Activity, now, a.MaxAttempts, (long)a.Backoff.TotalMilliseconds, a.Then,
                $"{instanceId}:{version}:{a.Activity}", target.Name, version, a.Input));
        if (target.Due is { } due)
            jobs.Add(new(instanceId, DueTimer, now + due, 1, 0, null, $"{instanceId}:{version}:{DueTimer}", target.Name, version));
        return jobs;
    }
}
