using FactCheck.Data;
using FactCheck.Features.Claims;
using FactCheck.Features.Sources;
using FactCheck.Features.Verdicts;
using FactCheck.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.IntegrationTests;

/// <summary>
/// The process dies after the k-th statement of a transition, and of a job's run to its outcome, for every k until the
/// work completes: after each crash the database satisfies the engine's invariants, and doing the work again completes
/// it once. <see cref="DbFaults"/> throws before statement k + 1 (or the commit) reaches the database; the open
/// transaction is rolled back, as the database does for a client that died.
/// </summary>
public class CrashConsistencyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    static Task<TestApp> App(string provider) => TestApp.Start(provider, configure: s => s.AddSingleton(new DbFaults()));

    /// <summary>Every invariant that is broken, as a readable line; none when the database is consistent.</summary>
    static async Task<List<string>> Broken(TestApp app)
    {
        var checks = new Dictionary<string, string>
        {
            ["a claim's row version is not the number of its transitions, migrations and edits"] = """
                select count(*) from claim c
                where c.row_version <> (select count(*) from journal j where j.instance_id = c.id and j.kind in ('transition', 'migrated', 'edit'))
                """,
            ["a claim's state is not where its journal last took it"] = """
                select count(*) from claim c
                where c.state <> (select j.to_state from journal j where j.id = (select max(j2.id) from journal j2 where j2.instance_id = c.id and j2.kind in ('start', 'transition', 'migrated')))
                """,
            ["a job exists for a state its claim never entered"] = """
                select count(*) from job x
                where not exists (select 1 from journal j where j.instance_id = x.instance_id and j.to_state = x.state and j.kind in ('start', 'transition', 'migrated'))
                """,
            ["a done job's follow-up transition is missing"] = """
                select count(*) from job x
                where x.status = 'done' and x.then_trigger is not null
                  and not exists (select 1 from journal j where j.instance_id = x.instance_id and j.kind = 'transition' and j.trigger_name = x.then_trigger)
                """,
            ["a claim's cards are not its done publish-card jobs, one each"] = """
                select count(*) from claim c
                where (select count(*) from claim_card k where k.claim_id = c.id) <> (select count(*) from job x where x.instance_id = c.id and x.activity = 'publish-card' and x.status = 'done')
                """,
            ["a claim's activity journal rows are not its done jobs, one each"] = """
                select count(*) from claim c
                where (select count(*) from journal j where j.instance_id = c.id and j.kind = 'activity') <> (select count(*) from job x where x.instance_id = c.id and x.status = 'done' and x.activity <> 'due-timer')
                """,
            ["a finished job has no finish time, or a pending one a lease"] = """
                select count(*) from job where (status in ('done', 'failed', 'cancelled') and finished_at is null) or (status = 'pending' and lease_owner is not null)
                """,
        };
        var broken = new List<string>();
        foreach (var (what, sql) in checks)
            if (await app.Scalar<long>(sql) is var n and > 0) broken.Add($"{what} ({n})");
        return broken;
    }

    /// <summary>A claim in editor approval: source, verdict by the checker.</summary>
    static async Task<long> AwaitingApproval(TestApp app, Actor checker, string text)
    {
        var id = (await app.Send(new AddClaim.Command(text, "Harbour Board", null))).Id;
        await app.Send(new FireTrigger.Command(id, "start_lookup", checker));
        await app.Get<Worker>().RunDue();
        await app.Send(new AddSource.Command(id, checker, "https://example.org/harbour/report", "primary", "Harbour report"));
        await app.Send(new FireTrigger.Command(id, "start_review", checker));
        await app.Send(new SubmitVerdict.Command(id, checker, "false", "The report says otherwise."));
        await app.Get<Worker>().RunDue(); // notify
        return id;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_transition_cut_short_after_any_statement_leaves_nothing_half_done(string provider)
    {
        await using var app = await App(provider);
        var faults = app.Get<DbFaults>();
        var checker = await app.User("crash-checker", "factchecker");
        var editor = await app.User("crash-editor", "editor");
        var id = await AwaitingApproval(app, checker, "Cargo through the harbour rose 41 percent last year.");
        var journal = await app.Scalar<long>("select count(*) from journal where instance_id = @id", new { id });

        int k;
        for (k = 0; ; k++)
        {
            faults.Arm(k);
            try
            {
                await app.Send(new FireTrigger.Command(id, "approve", editor, Relation: "differs"));
                faults.Arm(null);
                break;
            }
            catch (DbFaults.CrashException)
            {
                faults.Arm(null);
                Assert.Empty(await Broken(app));
                Assert.Equal("editor_approval", await app.Scalar<string>("select state from claim where id = @id", new { id }));
                Assert.Equal(journal, await app.Scalar<long>("select count(*) from journal where instance_id = @id", new { id }));
                Assert.Equal(0L, await app.Scalar<long>("select count(*) from job where instance_id = @id and activity = 'publish-card'", new { id }));
            }
            Assert.True(k < 200, "the transition never completed");
        }
        output.WriteLine($"{provider}: the approval was cut after each of its first {k} statements and commits, then completed");
        Assert.True(k >= 5, $"an approval takes more than {k} statements (guards, move, journal, jobs, commit)");
        Assert.Empty(await Broken(app));
        Assert.Equal("publishing", await app.Scalar<string>("select state from claim where id = @id", new { id }));
        Assert.Equal(1L, await app.Scalar<long>("select count(*) from job where instance_id = @id and activity = 'publish-card'", new { id }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_job_cut_short_after_any_statement_runs_again_and_completes_once(string provider)
    {
        await using var app = await App(provider);
        var faults = app.Get<DbFaults>();
        var checker = await app.User("crash-checker", "factchecker");
        var editor = await app.User("crash-editor", "editor");
        var worker = app.Get<Worker>();

        int k;
        var crashes = 0;
        for (k = 0; ; k++)
        {
            var id = await AwaitingApproval(app, checker, $"Cargo through the harbour rose {k + 10} percent in year {k}.");
            await app.Send(new FireTrigger.Command(id, "approve", editor, Relation: "differs"));
            faults.Arm(k);
            bool crashed;
            try
            {
                await worker.RunDue();
                crashed = false;
            }
            catch (DbFaults.CrashException) { crashed = true; }
            faults.Arm(null);
            Assert.Empty(await Broken(app));
            if (!crashed)
            {
                Assert.Equal("published", await app.Scalar<string>("select state from claim where id = @id", new { id }));
                break;
            }
            crashes++;
            // Cut before its commit the claim is still publishing; after it (in the worker's next poll), published.
            Assert.Contains(await app.Scalar<string>("select state from claim where id = @id", new { id }), new[] { "publishing", "published" });
            // Time passes: a lease the dead worker held lapses; a live worker picks the job up and completes it, once.
            await app.Execute("update job set lease_expires_at = @past where status = 'running'", new { past = DateTimeOffset.UtcNow.AddMinutes(-1) });
            await worker.RunDue();
            Assert.Empty(await Broken(app));
            Assert.Equal("published", await app.Scalar<string>("select state from claim where id = @id", new { id }));
            Assert.Equal(1L, await app.Scalar<long>("select count(*) from claim_card where claim_id = @id", new { id }));
            Assert.True(k < 200, "the job never completed");
        }
        output.WriteLine($"{provider}: a publication was cut at {crashes} points (lease, reads, card, journal, follow-up, commits), each recovered once");
        Assert.True(crashes >= 10, $"a publication takes more than {crashes} statements (lease, reads, card, journal, follow-up, commits)");
    }
}
