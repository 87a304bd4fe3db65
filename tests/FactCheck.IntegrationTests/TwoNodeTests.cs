using System.Net;

namespace FactCheck.IntegrationTests;

/// <summary>
/// Two web nodes behind one address on one PostgreSQL database, nothing else shared: a sign-in made on one is valid on
/// the other (the data-protection keys are in the database), a form served by one posts to the other, and the jobs of
/// both nodes' workers run exactly once even when one node is killed mid-run.
/// </summary>
public sealed class TwoNodeTests
{
    static readonly (string, string)[] InDatabase = [("FactCheck__DataProtection__KeysDirectory", "")]; // unset: keys go to the database

    [PostgresFact]
    public async Task A_sign_in_on_one_node_is_valid_on_the_other_with_nothing_shared_but_the_database()
    {
        await using var app = await TestApp.Start("postgres");
        await Seed.DeskUsers(app);
        await using var a = await WebProcess.Start(app.Db.Options, InDatabase);
        await using var b = await WebProcess.Start(app.Db.Options, InDatabase);

        var jar = new CookieContainer();
        using var onA = await a.Client("editor", cookies: jar);
        var cookies = new CookieContainer(); // what a browser sends to the one address both nodes stand behind
        foreach (Cookie c in jar.GetCookies(a.BaseAddress)) cookies.Add(b.BaseAddress, new Cookie(c.Name, c.Value));
        using var onB = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = b.BaseAddress };
        var desk = await onB.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode); // not a redirect to the sign-in page
        Assert.Contains("editor (editor)", await desk.Content.ReadAsStringAsync());

        // A form served by node A posts to node B: the anti-forgery token is valid on both.
        var claim = await app.Send(new Features.Claims.AddClaim.Command("The ferry carried 2 million passengers", "Ferry company"));
        var html = await onA.GetStringAsync($"/desk/claims/{claim.Id}");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = await onB.PostAsync($"/desk/claims/{claim.Id}?handler=Take", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("editor", await app.Scalar<string>("select u.name from claim c join app_user u on u.id = c.assignee_id where c.id = @Id", claim));
        Assert.True(await app.Count("data_protection_key") >= 1); // the key ring is in the database, not in a folder of either node
    }

    [PostgresFact]
    public async Task Five_thousand_jobs_run_exactly_once_on_two_nodes_when_one_is_killed_mid_run()
    {
        const int jobs = 5_000;
        var workflows = TestApp.WorkflowFolder("drain.json");
        await using var app = await TestApp.Start("postgres", workflows);
        var instance = (await Seed.Instances(app, "drain", 1))[0];
        await Seed.DrainJobs(app, instance, jobs);
        (string, string)[] node = [.. InDatabase, ("FactCheck__Worker__Enabled", "true"), ("FactCheck__Worker__Concurrency", "16"),
            // 15 s, renewed every 5 s: a live node starved of CPU on a loaded 2-core runner must not lose its leases to the
            // other node (at 5 s it once did, and more than 16 jobs ran twice); the dead node's leases still lapse in 15 s.
            ("FactCheck__Worker__LeaseSeconds", "15"), ("FactCheck__Workflows__Directory", workflows)];
        var a = await WebProcess.Start(app.Db.Options, node);
        await using var b = await WebProcess.Start(app.Db.Options, node);
        try
        {
            // Node A dies (SIGKILL) once some work is done; node B finishes it, taking A's lapsed leases.
            await Until(async () => await app.Count("job", "status = 'done'") >= jobs / 5, TimeSpan.FromSeconds(90));
        }
        finally { await a.DisposeAsync(); }
        await Until(async () => await app.Count("job", "status = 'done'") == jobs, TimeSpan.FromSeconds(120));

        Assert.Equal(jobs, await app.Count("outbox", "kind = 'drain'")); // each job's event written once
        Assert.Equal(0, await app.Count("job", "status <> 'done'"));
        Assert.Equal(0, await app.Count("incident"));
        Assert.True(await app.Count("job", "attempts = 2") <= 16, "only the jobs node A held when it died ran a second time");
    }

    static async Task Until(Func<Task<bool>> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"not done after {timeout.TotalSeconds} s");
            await Task.Delay(200);
        }
    }
}
