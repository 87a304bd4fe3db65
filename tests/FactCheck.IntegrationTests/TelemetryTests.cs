using System.Net;
using System.Net.Http.Headers;
using FactCheck.Features.Claims;
using FactCheck.Features.Tokens;

namespace FactCheck.IntegrationTests;

/// <summary>
/// What an operator watches: with FactCheck:Telemetry:Prometheus on, /metrics (admins, or a scraper with an admin's API
/// token) shows transitions by workflow, trigger and outcome, sign-in failures, the jobs waiting and open incidents;
/// without it there is no such endpoint. A real web process on SQLite.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Metrics_show_transitions_sign_in_failures_and_the_queue_to_admins_only()
    {
        await using var app = await TestApp.Start("sqlite");
        await Seed.DeskUsers(app);
        var claim = await app.Send(new AddClaim.Command("The ferry carried 2 million passengers", "Ferry company"));
        var adminToken = (await app.Send(new ApiTokens.Create("scraper", "admin"))).Token;
        var checkerToken = (await app.Send(new ApiTokens.Create("checker-bot", "checker"))).Token;
        await using var web = await WebProcess.Start(app.Db.Options, ("FactCheck__Telemetry__Prometheus", "true"));

        // A transition through the API, one refused, and a wrong password.
        using var api = new HttpClient { BaseAddress = web.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", checkerToken);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/claims/{claim.Id}/triggers/start_lookup", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/claims/{claim.Id}/triggers/approve", null)).StatusCode); // a checker may not approve
        using var anonymous = await web.Client();
        await WebProcess.PostForm(anonymous, "/account/signin", "/account/signin", new() { ["name"] = "editor", ["password"] = "not the password at all" });

        // Only admins read the metrics.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/metrics")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/metrics")).StatusCode);
        using var editor = await web.Client("editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/metrics")).StatusCode);

        using var scraper = new HttpClient { BaseAddress = web.BaseAddress };
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var text = await scraper.GetStringAsync("/metrics");
        Assert.Matches("""factcheck_transitions_total\{[^}]*outcome="moved"[^}]*trigger="start_lookup"[^}]*workflow="claim-review"[^}]*\} 1""", text);
        Assert.Matches("""factcheck_transitions_total\{[^}]*outcome="refused"[^}]*trigger="approve"[^}]*\} 1""", text);
        Assert.Matches("""factcheck_signin_failures_total\{[^}]*reason="wrong_password"[^}]*\} 1""", text);
        // The claim's jobs (suggest-sources; its timers are not due) wait: the web process here runs no worker.
        Assert.Matches("""factcheck_jobs_due(_jobs)?\{[^}]*\} [1-9]""", text);
        Assert.Matches("""factcheck_incidents_open(_incidents)?\{[^}]*\} 0""", text);
        using var admin = await web.Client("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        await using var app = await TestApp.Start("sqlite");
        await Seed.DeskUsers(app);
        await using var web = await WebProcess.Start(app.Db.Options);
        using var admin = await web.Client("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/metrics")).StatusCode);
    }
}
