using FactCheck.Features.Claims;
using FactCheck.Features.Incidents;
using FactCheck.Features.Sources;
using FactCheck.Features.Verdicts;
using FactCheck.Jobs;
using FactCheck.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.IntegrationTests;

/// <summary>The job runtime on every provider: retries, incidents, timers with a fake clock, follow-up triggers, leases, several workers.</summary>
public class JobRuntimeTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>Fails while <see cref="FailuresLeft"/> is above zero, counting every run.</summary>
    public sealed class Flaky : IActivity
    {
        public static int FailuresLeft;
        public static int Runs;

        public Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
        {
            Interlocked.Increment(ref Runs);
            return Task.FromResult(Interlocked.Decrement(ref FailuresLeft) >= 0
                ? ActivityResult.Retry($"upstream 503 on attempt {c.Attempt}")
                : ActivityResult.Done("worked"));
        }
    }

    static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    static Task<TestApp> App(string provider, FakeTimeProvider clock, params string[] workflows) =>
        TestApp.Start(provider, TestApp.WorkflowFolder(workflows), s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddActivity<Flaky>("flaky");
        });

    static async Task<int> RunDue(TestApp app) => await app.Get<Worker>().RunDue();

    [Theory, MemberData(nameof(Providers))]
    public async Task A_failing_activity_is_retried_with_backoff_then_becomes_an_incident_that_can_be_retried(string provider)
    {
        var clock = new FakeTimeProvider(T0);
        await using var app = await App(provider, clock, "flaky.json");
        Flaky.FailuresLeft = 3; Flaky.Runs = 0;
        var id = (await Seed.Instances(app, "flaky", 1))[0];

        Assert.Equal(1, await RunDue(app));                  // attempt 1 fails
        Assert.Equal(0, await RunDue(app));                  // not due again before the backoff
        var runAt = await app.Scalar<DateTimeOffset>("select run_at from job where instance_id = @id", new { id });
        Assert.InRange(runAt - T0, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(12)); // 10 s ±20 % jitter
        clock.Advance(TimeSpan.FromSeconds(13));
        Assert.Equal(1, await RunDue(app));                  // attempt 2 fails; next backoff about 20 s
        clock.Advance(TimeSpan.FromSeconds(25));
        Assert.Equal(1, await RunDue(app));                  // attempt 3 fails: retries spent

        Assert.Equal("failed", await app.Scalar<string>("select status from job where instance_id = @id", new { id }));
        Assert.True(await app.Scalar<bool>("select has_incident from claim where id = @id", new { id }));
        var incident = Assert.Single(await app.Send(new ListIncidents.Query()));
        Assert.Equal("flaky failed 3 times, retries spent: upstream 503 on attempt 3", incident.Error);
        Assert.Equal(incident.Error, await app.Scalar<string>("select note from journal where instance_id = @id and kind = 'incident'", new { id }));
        Assert.Equal("working", await app.Scalar<string>("select state from claim where id = @id", new { id }));

        // The upstream recovers (one more failure, then success); an operator retries the incident.
        Flaky.FailuresLeft = 1;
        await app.Send(new RetryIncident.Command(incident.Id, new Actor(null, "ops", new HashSet<string>())));
        Assert.Empty(await app.Send(new ListIncidents.Query()));
        Assert.False(await app.Scalar<bool>("select has_incident from claim where id = @id", new { id }));
        Assert.Equal(1, await RunDue(app));
        clock.Advance(TimeSpan.FromSeconds(13));
        Assert.Equal(1, await RunDue(app));

        Assert.Equal(5, Flaky.Runs);
        Assert.Equal("done", await app.Scalar<string>("select state from claim where id = @id", new { id })); // the follow-up trigger fired
        Assert.Equal(("done", 2L), (await app.Scalar<string>("select status from job where instance_id = @id", new { id }),
            await app.Scalar<long>("select attempts from job where instance_id = @id", new { id })));
        Assert.Equal(1, await app.Count("journal", "instance_id = @id and kind = 'activity'", new { id }));
        await Assert.ThrowsAsync<ConflictException>(() => app.Send(new RetryIncident.Command(incident.Id, Actor.System)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_overdue_claim_is_escalated_and_leaving_the_state_cancels_its_timer(string provider)
    {
        var clock = new FakeTimeProvider(T0);
        await using var app = await App(provider, clock);
        var alice = await app.User("alice", "factchecker");
        var late = await app.Send(new AddClaim.Command("stays in intake", "A"));
        var moved = await app.Send(new AddClaim.Command("moves on", "B"));
        await app.Send(new FireTrigger.Command(moved.Id, "start_lookup", alice));
        Assert.Equal(1, await RunDue(app)); // suggest-sources for the moved claim; no timer is due yet

        clock.Advance(TimeSpan.FromHours(7));
        Assert.Equal(0, await RunDue(app));
        clock.Advance(TimeSpan.FromHours(16));
        Assert.Equal(1, await RunDue(app)); // the moved claim's source-lookup SLA (PT8H) passed
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1)); // intake's due time (P1D) has passed
        Assert.Equal(1, await RunDue(app));

        Assert.Equal(1, await app.Scalar<long>("select priority from claim where id = @Id", late));
        Assert.Equal("overdue in Intake: priority +1, factchecker notified", await app.Scalar<string>("select note from journal where instance_id = @Id and kind = 'overdue'", late));
        Assert.Equal("factchecker", await app.Scalar<string>("select role from outbox where kind = 'overdue' and instance_id = @Id", late));
        Assert.Equal(0, await app.Count("journal", "instance_id = @Id and kind = 'overdue' and from_state = 'intake'", moved));
        Assert.Equal(1, await app.Count("journal", "instance_id = @Id and kind = 'overdue' and from_state = 'source_lookup'", moved));
        Assert.Equal("cancelled", await app.Scalar<string>("select status from job where instance_id = @Id and activity = 'due-timer' and state = 'intake'", moved));
        Assert.Equal(0, await RunDue(app)); // a timer fires once
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Publishing_runs_publish_card_once_and_fires_published(string provider)
    {
        var clock = new FakeTimeProvider(T0);
        await using var app = await App(provider, clock);
        var alice = await app.User("alice", "factchecker");
        var ed = await app.User("ed", "editor");
        var claim = await app.Send(new AddClaim.Command("Talks will focus on the economy", "Aleksandr Lukashenko", "Belta"));
        // The worker runs between the steps, as on a live desk (work queued for a state the claim has left is cancelled).
        await app.Send(new FireTrigger.Command(claim.Id, "start_lookup", alice));
        await RunDue(app); // suggest-sources
        await app.Send(new AddSource.Command(claim.Id, alice, "https://example.org/belta", "primary"));
        await app.Send(new FireTrigger.Command(claim.Id, "start_review", alice));
        await app.Send(new SubmitVerdict.Command(claim.Id, alice, "mixed", "Economy first, military too."));
        await RunDue(app); // notify the editors
        await app.Send(new FireTrigger.Command(claim.Id, "approve", ed));

        await RunDue(app);

        Assert.Equal("published", await app.Scalar<string>("select state from claim where id = @Id", claim));
        Assert.Equal(("mixed", 1L), (await app.Scalar<string>("select rating from claim_card where claim_id = @Id", claim), await app.Count("claim_card")));
        Assert.Equal(2, await app.Count("source_suggestion", "claim_id = @Id", claim)); // Lukashenko's office and Belta, from workflows/sources.json
        Assert.Contains("belta.by", await app.Scalar<string>("select url from source_suggestion where claim_id = @Id and reason like '%channel%'", claim));
        Assert.Equal("verdict_awaiting_approval", await app.Scalar<string>("select kind from outbox where instance_id = @Id and role = 'editor'", claim));
        // Re-running the same publish job (say, after a crash) leaves one card.
        await app.Scalar<long>("update job set status = 'pending' where activity = 'publish-card'; select 1");
        await RunDue(app);
        Assert.Equal(1, await app.Count("claim_card"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_held_lease_is_not_taken_and_an_expired_one_is(string provider)
    {
        var clock = new FakeTimeProvider(T0);
        await using var app = await App(provider, clock, "drain.json");
        await Seed.Instances(app, "drain", 2);
        var runner = app.Get<JobRunner>();
        var first = await runner.Claim("worker-a", 10, default);
        Assert.Equal(2, first.Count);
        Assert.Empty(await runner.Claim("worker-b", 10, default)); // leases held
        clock.Advance(TimeSpan.FromSeconds(31));                  // worker-a died: its 30 s leases lapse
        var second = await runner.Claim("worker-b", 10, default);
        Assert.Equal(first.Select(j => j.Id), second.Select(j => j.Id));
        Assert.All(second, j => Assert.Equal(2, j.Attempts));
        foreach (var j in first) await runner.Execute("worker-a", j, default); // a late finisher no longer holds the lease
        Assert.Equal(0, await app.Count("job", "status = 'done'"));
        foreach (var j in second) await runner.Execute("worker-b", j, default);
        Assert.Equal((2L, 2L), (await app.Count("job", "status = 'done'"), await app.Count("outbox")));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_job_that_kills_its_worker_three_times_becomes_an_incident_not_a_fourth_crash(string provider)
    {
        var clock = new FakeTimeProvider(T0);
        await using var app = await App(provider, clock, "drain.json");
        var id = (await Seed.Instances(app, "drain", 1))[0];
        var runner = app.Get<JobRunner>();
        // Three workers claim it in turn and die running it (their leases lapse without an outcome).
        foreach (var worker in new[] { "worker-a", "worker-b", "worker-c" })
        {
            Assert.Single(await runner.Claim(worker, 10, default));
            clock.Advance(TimeSpan.FromSeconds(31));
        }
        Assert.Empty(await runner.Claim("worker-d", 10, default)); // the third lapse: poison, not claimed again
        Assert.Equal(("failed", 3L), (await app.Scalar<string>("select status from job where instance_id = @id", new { id }),
            await app.Scalar<long>("select lapses from job where instance_id = @id", new { id })));
        var incident = Assert.Single(await app.Send(new ListIncidents.Query()));
        Assert.StartsWith("notify: its lease lapsed 3 times without an outcome; the worker running it died each time", incident.Error);
        Assert.True(await app.Scalar<bool>("select has_incident from claim where id = @id", new { id }));
        Assert.Equal(incident.Error, await app.Scalar<string>("select note from journal where instance_id = @id and kind = 'incident'", new { id }));
        Assert.Equal(0, await app.Count("outbox"));

        // Fixed (say, more memory): an operator retries it, its count of lapses starts again, and it runs once.
        await app.Send(new RetryIncident.Command(incident.Id, new Actor(null, "ops", new HashSet<string>())));
        Assert.Equal(0L, await app.Scalar<long>("select lapses from job where instance_id = @id", new { id }));
        Assert.Equal(1, await RunDue(app));
        Assert.Equal(("done", 1L), (await app.Scalar<string>("select status from job where instance_id = @id", new { id }), await app.Count("outbox")));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Work_queued_on_entering_a_state_is_cancelled_once_the_claim_has_left_it(string provider)
    {
        var clock = new FakeTimeProvider(T0);
        await using var app = await App(provider, clock);
        var alice = await app.User("alice", "factchecker");
        var ed = await app.User("ed", "editor");
        var claim = await app.Send(new AddClaim.Command("Cargo traffic rose by a fifth", "Marta K. Ilves", "Coastline Radio"));
        await app.Send(new FireTrigger.Command(claim.Id, "start_lookup", alice));        // queues suggest-sources
        await app.Send(new FireTrigger.Command(claim.Id, "archive", ed, Note: "duplicate of an earlier claim")); // before it ran
        Assert.Equal(1, await RunDue(app));

        Assert.Equal("cancelled", await app.Scalar<string>("select status from job where instance_id = @Id and activity = 'suggest-sources'", claim));
        Assert.Equal(0, await app.Count("source", "claim_id = @Id", claim)); // nothing was suggested for an archived claim
        Assert.Equal("suggest-sources was queued on entering source_lookup (version 1); the claim is now in archived: not run",
            await app.Scalar<string>("select note from journal where instance_id = @Id and kind = 'job_cancelled'", claim));
        Assert.Empty(await app.Send(new ListIncidents.Query()));
        Assert.Equal(0, await RunDue(app));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Four_workers_drain_every_job_exactly_once(string provider)
    {
        var jobs = provider == "sqlite" ? 2_000 : 10_000;
        await using var app = await TestApp.Start(provider, TestApp.WorkflowFolder("drain.json"));
        var instance = (await Seed.Instances(app, "drain", 1))[0];
        await Seed.DrainJobs(app, instance, jobs);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var workers = Enumerable.Range(0, 4).Select(_ => app.Get<Worker>()).ToList();
        var runs = workers.Select(w => Task.Run(() => w.Run(stop.Token))).ToList();
        while (await app.Count("job", "status = 'done'") < jobs && !stop.IsCancellationRequested) await Task.Delay(100);
        stop.Cancel();
        await Task.WhenAll(runs);

        var twice = await app.Count("job", "attempts <> 1 or status <> 'done'");
        if (twice > 0)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<Data.DbSession>().Query<(long, string, long, string?)>(
                "select id, status, attempts, last_error from job where attempts <> 1 or status <> 'done'");
            Assert.Fail($"{twice} job(s) not done exactly once: " + string.Join("; ", rows.Take(5).Select(r => $"#{r.Item1} {r.Item2} x{r.Item3} {r.Item4}")));
        }
        Assert.Equal(jobs, await app.Count("outbox"));
        Assert.Equal(jobs, await app.Count("journal", "kind = 'activity'"));
    }
}
