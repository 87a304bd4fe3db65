using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Workflows;

/// <summary>
/// An automated step a definition names in onEnter. It runs outside any transaction (it may call out over HTTP),
/// must be idempotent under re-execution (the same <see cref="ActivityContext.IdempotencyKey"/> may run twice after a
/// crash), and returns what to commit: <see cref="ActivityResult.Commit"/> runs inside the transaction that marks the
/// job done, only while this worker still holds the lease.
/// </summary>
public interface IActivity
{
    /// <summary>Does the work; throwing counts as a retry.</summary>
    Task<ActivityResult> Run(ActivityContext context, CancellationToken ct);

    /// <summary>
    /// Whether the job still runs when its instance has left the state that enqueued it. By default it does not: the job
    /// is cancelled and journaled (a card is not published for a claim that was sent back meanwhile). Deliveries of
    /// events that did happen (a webhook push) run anyway.
    /// </summary>
    bool RunsAfterLeavingState => false;
}

/// <summary>What an activity is told about its job.</summary>
/// <param name="State">The state whose entry enqueued the job.</param>
/// <param name="StateVersion">The instance's row version on entering that state.</param>
/// <param name="Attempt">1 on the first run.</param>
/// <param name="Input">The definition's input object for the activity (JSON), if any.</param>
public sealed record ActivityContext(long JobId, long InstanceId, string Activity, string State, long StateVersion,
    string IdempotencyKey, int Attempt, string? Input)
{
    /// <summary>A string field of the definition's input object, if present.</summary>
    public string? InputString(string name) => InputString(Input, name);

    /// <summary>A string field of an activity's input object as a definition writes it, if present.</summary>
    public static string? InputString(string? input, string name)
    {
        if (input is null) return null;
        using var doc = JsonDocument.Parse(input);
        return doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }
}

/// <summary>How an activity ended.</summary>
public enum ActivityOutcome
{
    /// <summary>Done: commit, journal, follow-up trigger.</summary>
    Done,
    /// <summary>Try again after the backoff, until the attempts are spent.</summary>
    Retry,
    /// <summary>Will never succeed: an incident now.</summary>
    Fail,
}

/// <summary>An activity's outcome, and on success what to write with it.</summary>
/// <param name="Commit">Runs inside the transaction that marks the job done, with that transaction's services (the host's session).</param>
/// <param name="Journal">The journal kind written on success (null: no journal row, for no-ops).</param>
public sealed record ActivityResult(ActivityOutcome Outcome, string? Message, Func<IServiceProvider, CancellationToken, Task>? Commit = null, string? Journal = "activity")
{
    /// <summary>Success, with what to commit.</summary>
    public static ActivityResult Done(string? message = null, Func<IServiceProvider, CancellationToken, Task>? commit = null, string? journal = "activity") =>
        new(ActivityOutcome.Done, message, commit, journal);
    /// <summary>A failure worth retrying.</summary>
    public static ActivityResult Retry(string error) => new(ActivityOutcome.Retry, error);
    /// <summary>A failure no retry mends.</summary>
    public static ActivityResult Fail(string error) => new(ActivityOutcome.Fail, error);
}

/// <summary>Activity names and their types. Definitions may only name what is registered here (checked at load).</summary>
public sealed class ActivityRegistry
{
    readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    /// <summary>The registered names.</summary>
    public IReadOnlySet<string> Names => _types.Keys.ToHashSet();
    /// <summary>Registers <paramref name="type"/> under <paramref name="name"/>.</summary>
    public void Add(string name, Type type) => _types[name] = type;

    /// <summary>The activity of that name from the scope, or null when this node has none.</summary>
    public IActivity? Resolve(IServiceProvider services, string name) =>
        _types.TryGetValue(name, out var t) ? (IActivity)services.GetRequiredService(t) : null;
}

/// <summary>Registering activities.</summary>
public static class ActivityRegistration
{
    /// <summary>Registers an activity under the name definitions use.</summary>
    public static IServiceCollection AddActivity<T>(this IServiceCollection services, string name) where T : class, IActivity
    {
        var registry = services.Select(d => d.IsKeyedService ? null : d.ImplementationInstance).OfType<ActivityRegistry>().FirstOrDefault();
        if (registry is null) services.AddSingleton(registry = new ActivityRegistry());
        registry.Add(name, typeof(T));
        services.AddScoped<T>();
        return services;
    }
}
