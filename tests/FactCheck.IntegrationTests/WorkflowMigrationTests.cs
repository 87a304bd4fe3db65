using FactCheck.Features.Claims;
using FactCheck.Features.Incidents;
using FactCheck.Features.WorkflowVersions;
using FactCheck.Jobs;
using FactCheck.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.IntegrationTests;

/// <summary>
/// Running claims moved to a new version of their definition (`workflows migrate`), and jobs a node cannot run during
/// a rolling deploy left for a node that can. Both providers.
/// </summary>
public class WorkflowMigrationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();
    static readonly Actor Ops = new(null, "ops", new HashSet<string>());

    static async Task<FireResult> Fire(TestApp app, long id, string trigger)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.DbSession>();
        await using var tx = await db.BeginAsync();
        var r = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().Fire(new FireRequest(id, trigger, Actor.System));
        await tx.CommitAsync();
        return r;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Running_claims_move_to_a_new_version_only_when_every_one_can_be_placed(string provider)
    {
        await using var app = await TestApp.Start(provider, TestApp.WorkflowFolder("steps.json", "steps-v2.json"));
        var ids = await Seed.Instances(app, "steps", 4);
        await app.Execute("update claim set workflow_version = 1 where workflow_id = 'steps'"); // opened before v2 was deployed
        Assert.Equal(FireStatus.Moved, (await Fire(app, ids[0], "check")).Status);
        Assert.Equal(FireStatus.Moved, (await Fire(app, ids[1], "check")).Status);
        Assert.Equal(FireStatus.Moved, (await Fire(app, ids[2], "check")).Status);
        Assert.Equal(FireStatus.Moved, (await Fire(app, ids[2], "finish")).Status); // done: a final state stays on v1
        Assert.Equal(3, await app.Count("job", "activity = 'notify' and status = 'pending'")); // not run yet

        // v2 has no 'checking': without a map the two claims there cannot be placed, and nothing changes.
        var refused = await app.Send(new MigrateWorkflow.Command("steps", 2, new Dictionary<string, string>(), DryRun: false, Ops));
        Assert.Equal(0, refused.Migrated);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal($"2 claim(s) ({ids[0]}, {ids[1]}): state 'checking' is not in steps v2; give --map checking=STATE (states there: draft, verifying, done)", problem);
        Assert.Equal(4, await app.Count("claim", "workflow_id = 'steps' and workflow_version = 1"));
        Assert.Equal(0, await app.Count("journal", "kind = 'migrated'"));
        var badMap = await Assert.ThrowsAsync<InputException>(() => app.Send(new MigrateWorkflow.Command("steps", 2, new Dictionary<string, string> { ["checking"] = "checked" }, false, Ops)));
        Assert.Contains("checking=checked: steps v2 has no state 'checked'", badMap.Message);
        await Assert.ThrowsAsync<InputException>(() => app.Send(new MigrateWorkflow.Command("steps", 3, new Dictionary<string, string>(), false, Ops)));

        // A dry run with the map says what would happen, and changes nothing.
        var map = new Dictionary<string, string> { ["checking"] = "verifying" };
        var plan = await app.Send(new MigrateWorkflow.Command("steps", 2, map, DryRun: true, Ops));
        Assert.Equal((3, 0), (plan.Claims, plan.Migrated));
        Assert.Equal([("checking", "verifying", 2), ("draft", "draft", 1)], plan.Moves.Select(m => (m.From, m.To, m.Claims)));
        Assert.Equal(["notify"], plan.Moves.Single(m => m.From == "checking").Cancelled);
        Assert.Equal(4, await app.Count("claim", "workflow_id = 'steps' and workflow_version = 1"));

        var done = await app.Send(new MigrateWorkflow.Command("steps", 2, map, DryRun: false, Ops));
        Assert.Equal(3, done.Migrated);
        Assert.Equal(("verifying", 2L), (await app.Scalar<string>("select state from claim where id = @id", new { id = ids[0] }),
            await app.Scalar<long>("select workflow_version from claim where id = @id", new { id = ids[0] })));
        Assert.Equal(("draft", 2L), (await app.Scalar<string>("select state from claim where id = @id", new { id = ids[3] }),
            await app.Scalar<long>("select workflow_version from claim where id = @id", new { id = ids[3] })));
        Assert.Equal(1L, await app.Scalar<long>("select workflow_version from claim where id = @id", new { id = ids[2] })); // final: stays
        Assert.Equal(3, await app.Count("journal", "kind = 'migrated' and actor = 'ops'"));
        Assert.Equal("steps v1 → v2, checking → verifying", await app.Scalar<string>("select note from journal where kind = 'migrated' and instance_id = @id", new { id = ids[0] }));
        Assert.Equal(2, await app.Count("job", "activity = 'notify' and status = 'cancelled'")); // v2's verifying does not notify
        // The migrated claims move on under v2.
        var finished = await Fire(app, ids[0], "finish");
        Assert.Equal((FireStatus.Moved, "done"), (finished.Status, finished.To));
        // Nothing left to move.
        Assert.Equal(0, (await app.Send(new MigrateWorkflow.Command("steps", 2, map, false, Ops))).Claims);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_job_this_node_cannot_run_is_left_for_a_newer_node_then_becomes_an_incident(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.Start(provider, TestApp.WorkflowFolder("drain.json"), s => s.AddSingleton<TimeProvider>(clock));
        var id = (await Seed.Instances(app, "drain", 1))[0];
        await app.Get<Worker>().RunDue(); // the drain notify
        // A newer node enqueued work for an activity this node does not have, and another claim runs on a version it lacks.
        var other = (await Seed.Instances(app, "drain", 1))[0];
        await app.Get<Worker>().RunDue();
        await app.Execute("update claim set workflow_version = 7 where id = @other", new { other });
        await app.Execute("""
            insert into job (instance_id, activity, state, state_version, run_at, max_attempts, backoff_ms, idempotency_key, created_at)
            values (@id, 'transcribe-audio', 'queued', 0, @at, 3, 1000, 'new-activity', @at), (@other, 'notify', 'queued', 0, @at, 3, 1000, 'new-version', @at)
            """, new { id, other, at = clock.GetUtcNow() });

        Assert.Equal(2, await app.Get<Worker>().RunDue());
        foreach (var key in new[] { "new-activity", "new-version" })
        {
            Assert.Equal(("pending", 0L), (await app.Scalar<string>("select status from job where idempotency_key = @key", new { key }),
                await app.Scalar<long>("select attempts from job where idempotency_key = @key", new { key })));
            Assert.Equal(clock.GetUtcNow().AddSeconds(30), await app.Scalar<DateTimeOffset>("select run_at from job where idempotency_key = @key", new { key }));
        }
        Assert.Contains("this node does not have drain v7", await app.Scalar<string>("select last_error from job where idempotency_key = 'new-version'"));
        Assert.Empty(await app.Send(new ListIncidents.Query()));

        // No node picked them up for an hour: now they are incidents.
        clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(2, await app.Get<Worker>().RunDue());
        var incidents = await app.Send(new ListIncidents.Query());
        Assert.Equal(2, incidents.Count);
        Assert.Contains(incidents, i => i.Error.Contains("no activity named 'transcribe-audio' is registered on this node, nor on any other node for 60 minutes"));
    }
}
