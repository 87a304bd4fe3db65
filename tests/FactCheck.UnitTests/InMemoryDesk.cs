using FactCheck.Workflow;
using FactCheck.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.UnitTests;

/// <summary>
/// The shipped claim-review definition on the engine with an in-memory store and a fake clock: no database. Guards read
/// <see cref="Facts"/>; activities do what <see cref="Script"/> says (done, by default).
/// </summary>
public sealed class InMemoryDesk : IDisposable
{
    public static readonly Actor Ann = new(1, "ann", new HashSet<string> { ClaimWorkflow.Roles.FactChecker, ClaimWorkflow.Roles.Editor });
    public static readonly Actor Ed = new(2, "ed", new HashSet<string> { ClaimWorkflow.Roles.Editor });
    public static readonly Actor Reader = new(3, "reader", new HashSet<string>());

    public InMemoryStore Store { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public DeskFacts Facts { get; } = new();
    public ActivityScript Script { get; } = new();
    public WorkerOptions Options { get; } = new() { Concurrency = 1, LeaseSeconds = 30 };
    readonly ServiceProvider _services;

    public InMemoryDesk()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(ClaimWorkflow.Load(Repo.Workflows));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Options);
        services.AddSingleton<IWorkflowStore>(Store);
        services.AddSingleton<IJobStore>(Store);
        services.AddSingleton(Facts);
        services.AddSingleton(Script);
        services.AddScoped<IGuard, PrimarySource>();
        services.AddScoped<IGuard, CompleteVerdict>();
        services.AddScoped<IGuard, NotTheAuthor>();
        services.AddScoped<IGuard, Compared>();
        services.AddScoped<IGuard, Named>();
        services.AddActivity<SuggestSources>("suggest-sources");
        services.AddActivity<Notify>("notify");
        services.AddActivity<PublishCard>("publish-card");
        services.AddActivity<DueTimer>(WorkflowEngine.DueTimer);
        services.AddWorkflowRuntime();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Runs <paramref name="use"/> with a scope's engine (as a request would).</summary>
    public async Task<FireResult> Fire(long id, string trigger, Actor actor, string? note = null, string? publicNote = null)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().Fire(new FireRequest(id, trigger, actor, note, PublicNote: publicNote));
    }

    /// <summary>A claim inserted at the initial state and started (journal row, the state's timer).</summary>
    public async Task<long> Open()
    {
        var id = Store.Add(ClaimWorkflow.Id, 1, ClaimWorkflow.States.Intake);
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().Started(id, Ann);
        return id;
    }

    public Task<int> RunDue() => Get<Worker>().RunDue();

    public string State(long id) => Store.Instances.Single(i => i.Id == id).State;

    public void Dispose() => _services.Dispose();

    public sealed class DeskFacts
    {
        public HashSet<long> PrimarySources { get; } = [];
        /// <summary>Claim → author of its standing verdict.</summary>
        public Dictionary<long, long> Verdicts { get; } = [];
        public List<(long Claim, int Version)> Cards { get; } = [];
        /// <summary>Claim → its speaker, where a test sets one ("Harbour master" otherwise).</summary>
        public Dictionary<long, string> Speakers { get; } = [];
    }

    public sealed class ActivityScript
    {
        /// <summary>Activity name → what it returns; absent: done.</summary>
        public Dictionary<string, Func<ActivityContext, ActivityResult>> Outcomes { get; } = [];
        public List<string> Ran { get; } = [];

        public ActivityResult Run(string name, ActivityContext c)
        {
            Ran.Add($"{name}#{c.InstanceId}");
            return Outcomes.TryGetValue(name, out var f) ? f(c) : ActivityResult.Done(name + " done");
        }
    }

    sealed class PrimarySource(DeskFacts f) : IGuard
    {
        public string Name => "has_primary_source";
        public ValueTask<string?> Check(GuardContext c, CancellationToken ct) => ValueTask.FromResult(f.PrimarySources.Contains(c.Instance.Id) ? null : "no primary source");
    }

    sealed class CompleteVerdict(DeskFacts f) : IGuard
    {
        public string Name => "has_complete_verdict";
        public ValueTask<string?> Check(GuardContext c, CancellationToken ct) => ValueTask.FromResult(f.Verdicts.ContainsKey(c.Instance.Id) ? null : "no verdict");
    }

    sealed class NotTheAuthor(DeskFacts f) : IGuard
    {
        public string Name => "approver_is_not_verdict_author";
        public ValueTask<string?> Check(GuardContext c, CancellationToken ct) =>
            ValueTask.FromResult(f.Verdicts.TryGetValue(c.Instance.Id, out var author) && author == c.Actor.UserId ? $"{c.Actor.Name} wrote this verdict (four-eyes rule)" : null);
    }

    sealed class Compared : IGuard
    {
        public string Name => "compared_with_published_cards";
        public ValueTask<string?> Check(GuardContext c, CancellationToken ct) => ValueTask.FromResult<string?>(null);
    }

    /// <summary>The real rule over the speaker the facts give a claim (a named one, unless set).</summary>
    sealed class Named(DeskFacts f) : IGuard
    {
        public string Name => Guards.SpeakerIsNamed.Name_;
        public ValueTask<string?> Check(GuardContext c, CancellationToken ct) =>
            ValueTask.FromResult(Guards.SpeakerIsNamed.Refusal(f.Speakers.TryGetValue(c.Instance.Id, out var speaker) ? speaker : "Harbour master"));
    }

    sealed class SuggestSources(ActivityScript s) : IActivity
    {
        public Task<ActivityResult> Run(ActivityContext c, CancellationToken ct) => Task.FromResult(s.Run("suggest-sources", c));
    }

    sealed class Notify(ActivityScript s) : IActivity
    {
        public Task<ActivityResult> Run(ActivityContext c, CancellationToken ct) => Task.FromResult(s.Run("notify", c));
    }

    /// <summary>Publishes a card in its commit (so a rolled-back commit leaves no card).</summary>
    sealed class PublishCard(ActivityScript s) : IActivity
    {
        public Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
        {
            var r = s.Run("publish-card", c);
            return Task.FromResult(r.Outcome != ActivityOutcome.Done ? r : r with
            {
                Commit = async (services, token) =>
                {
                    var facts = services.GetRequiredService<DeskFacts>();
                    facts.Cards.Add((c.InstanceId, facts.Cards.Count(x => x.Claim == c.InstanceId) + 1));
                    if (r.Commit is not null) await r.Commit(services, token);
                },
            });
        }
    }

    sealed class DueTimer(ActivityScript s) : IActivity
    {
        public Task<ActivityResult> Run(ActivityContext c, CancellationToken ct) => Task.FromResult(s.Run(WorkflowEngine.DueTimer, c) with { Journal = "overdue" });
    }
}
