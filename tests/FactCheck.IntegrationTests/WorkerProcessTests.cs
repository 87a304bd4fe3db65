using System.Diagnostics;

namespace FactCheck.IntegrationTests;

/// <summary>`factcheck worker` as real processes: killed with SIGKILL mid-job, stopped with SIGTERM, and the incidents commands.</summary>
public class WorkerProcessTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    static Dictionary<string, string> Env(TestApp app, string workflowDir) => new()
    {
        ["FactCheck__Database__Provider"] = app.Db.Options.Provider,
        ["FactCheck__Database__ConnectionString"] = app.Db.Options.ConnectionString,
        ["FactCheck__Workflows__Directory"] = workflowDir,
        ["FactCheck__Worker__LeaseSeconds"] = "3",
        ["FactCheck__Worker__PollMilliseconds"] = "200",
    };

    static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var sw = Stopwatch.StartNew();
        while (!await condition())
        {
            if (sw.Elapsed > timeout) throw new TimeoutException($"timed out after {timeout.TotalSeconds:F0} s waiting for {what}");
            await Task.Delay(100);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_killed_workers_jobs_are_finished_by_another_exactly_once(string provider)
    {
        var dir = TestApp.WorkflowFolder("crash.json");
        await using var app = await TestApp.Start(provider, dir);
        var ids = await Seed.Instances(app, "crash", 50); // each enters 'slow': a 6 s delay activity, then 'finish'
        var env = Env(app, dir);

        using var first = Process.Start(Processes.Start(Processes.CliDll, Path.GetTempPath(), env, "worker", "--concurrency", "50"))!;
        await Until(async () => await app.Count("job", "status = 'running' and lease_owner is not null") == 50, TimeSpan.FromSeconds(60), "the first worker to lease all 50 jobs");
        first.Kill(entireProcessTree: true); // SIGKILL: no chance to release anything
        await first.WaitForExitAsync();
        Assert.Equal(0, await app.Count("job", "status = 'done'"));

        using var second = Process.Start(Processes.Start(Processes.CliDll, Path.GetTempPath(), env, "worker", "--concurrency", "50"))!;
        try
        {
            await Until(async () => await app.Count("claim", "workflow_id = 'crash' and state = 'done'") == 50, TimeSpan.FromSeconds(90), "the second worker to finish all 50");
        }
        finally { second.Kill(entireProcessTree: true); await second.WaitForExitAsync(); }

        Assert.Equal(50, await app.Count("job", "activity = 'delay' and status = 'done' and attempts = 2")); // leased twice, recorded once
        Assert.Equal(50, await app.Count("journal", "kind = 'activity' and trigger_name = 'delay'"));
        Assert.Equal(50, await app.Count("journal", "kind = 'transition' and trigger_name = 'finish'"));
        foreach (var id in ids.Take(5))
            Assert.Equal(1, await app.Count("journal", "instance_id = @id and kind = 'activity'", new { id }));
    }

    [PostgresFact]
    public async Task A_worker_whose_database_connections_are_cut_recovers_and_finishes_every_job_once()
    {
        var dir = TestApp.WorkflowFolder("crash.json");
        await using var app = await TestApp.Start("postgres", dir);
        var ids = await Seed.Instances(app, "crash", 10); // each enters 'slow': a 6 s delay activity, then 'finish'
        var env = Env(app, dir);
        env["FactCheck__Database__ConnectionString"] = app.Db.Options.ConnectionString + ";Application Name=fc-cut-worker";

        using var worker = Process.Start(Processes.Start(Processes.CliDll, Path.GetTempPath(), env, "worker", "--concurrency", "10"))!;
        var stdout = worker.StandardOutput.ReadToEndAsync();
        try
        {
            await Until(async () => await app.Count("job", "status = 'running' and lease_owner is not null") == 10, TimeSpan.FromSeconds(60), "the worker to lease all 10 jobs");
            // The server drops every connection the worker holds, mid-run (a failover, a restart, a network cut).
            var cut = await app.Scalar<long>("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'fc-cut-worker') t");
            Assert.True(cut > 0, "no worker connection to cut");
            await Until(async () => await app.Count("claim", "workflow_id = 'crash' and state = 'done'") == 10, TimeSpan.FromSeconds(90), "the worker to finish all 10 after the cut");
        }
        catch (TimeoutException ex)
        {
            worker.Kill(entireProcessTree: true);
            throw new TimeoutException($"{ex.Message}; jobs: {await app.Scalar<string>("select string_agg(status || ' ' || attempts || ' ' || coalesce(last_error, ''), '; ') from job")}; worker said:\n{await stdout}");
        }
        finally { worker.Kill(entireProcessTree: true); await worker.WaitForExitAsync(); }

        Assert.Equal(10, await app.Count("job", "activity = 'delay' and status = 'done'"));
        Assert.Equal(0, await app.Count("incident"));
        foreach (var id in ids) // recorded once each, however often it ran
        {
            Assert.Equal(1, await app.Count("journal", "instance_id = @id and kind = 'activity'", new { id }));
            Assert.Equal(1, await app.Count("journal", "instance_id = @id and kind = 'transition' and trigger_name = 'finish'", new { id }));
        }
    }

    [Fact]
    public async Task Sigterm_lets_running_jobs_finish_and_the_worker_exits_cleanly()
    {
        var dir = TestApp.WorkflowFolder("crash.json");
        await using var app = await TestApp.Start("sqlite", dir);
        await Seed.Instances(app, "crash", 3);
        using var worker = Process.Start(Processes.Start(Processes.CliDll, Path.GetTempPath(), Env(app, dir), "worker", "--concurrency", "3"))!;
        var stdout = worker.StandardOutput.ReadToEndAsync();
        await Until(async () => await app.Count("job", "status = 'running'") == 3, TimeSpan.FromSeconds(60), "the worker to lease 3 jobs");

        using (var kill = Process.Start("kill", ["-TERM", worker.Id.ToString()])) await kill.WaitForExitAsync();
        await worker.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, worker.ExitCode);
        Assert.Contains("worker stopped", await stdout);
        Assert.Equal(3, await app.Count("claim", "workflow_id = 'crash' and state = 'done'"));
        Assert.Equal(0, await app.Count("job", "status = 'running'"));
    }

    [Fact]
    public async Task Incidents_list_and_retry_work_end_to_end()
    {
        // A definition whose source-lookup activity can never succeed: its input is not a duration.
        var dir = TestApp.WorkflowFolder();
        var path = Path.Combine(dir, "claim-review.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("""{ "activity": "suggest-sources",""", """{ "activity": "delay", "input": { "duration": "soon" },"""));
        await using var app = await TestApp.Start("sqlite", dir);
        var env = Env(app, dir);
        Task<Processes.Output> Fc(params string[] args) => Processes.Run(Processes.CliDll, Path.GetTempPath(), env, args);

        Assert.Equal(0, (await Fc("users", "add", "alice", "--role", "factchecker")).ExitCode);
        Assert.Equal(0, (await Fc("claims", "add", "--text", "x", "--speaker", "y")).ExitCode);
        Assert.Equal(0, (await Fc("claims", "fire", "1", "start_lookup", "--as", "alice")).ExitCode);
        Assert.Equal("no open incidents\n", (await Fc("incidents", "list")).Stdout);
        Assert.Equal("ran 1 job(s)\n", (await Fc("worker", "--once")).Stdout);

        var list = await Fc("incidents", "list");
        Assert.Contains("    1  claim 1      job 2", list.Stdout);
        Assert.Contains("OPEN      delay failed permanently on attempt 1: input.duration 'soon' is not an ISO-8601 duration", list.Stdout);
        Assert.Contains("INCIDENT", (await Fc("claims", "show", "1")).Stdout);

        var retry = await Fc("incidents", "retry", "1");
        Assert.Equal((0, "incident 1 resolved; job 2 of claim 1 re-queued\n"), (retry.ExitCode, retry.Stdout));
        Assert.Equal("pending", await app.Scalar<string>("select status from job where id = 2"));
        Assert.Equal("no open incidents\n", (await Fc("incidents", "list")).Stdout);
        var again = await Fc("incidents", "retry", "1");
        Assert.Equal((5, "error: incident 1 was already resolved at "), (again.ExitCode, again.Stderr[..42]));
        Assert.Equal(3, (await Fc("incidents", "retry", "9")).ExitCode);

        await Fc("worker", "--once"); // still broken: a second incident, the first stays resolved
        var all = await Fc("incidents", "list", "--all");
        Assert.Contains("    2  claim 1", all.Stdout);
        Assert.Contains("resolved", all.Stdout);
    }
}
