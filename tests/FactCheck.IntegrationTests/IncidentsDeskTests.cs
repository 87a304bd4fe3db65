using System.Net;
using FactCheck.Features.Claims;

namespace FactCheck.IntegrationTests;

/// <summary>Incidents on the desk: an editor sees an activity whose retries ran out and retries it; a fact-checker cannot.</summary>
public sealed class IncidentsDeskTests : IAsyncLifetime
{
    TestApp _app = null!;
    WebProcess _web = null!;
    long _claim, _incident;

    public async Task InitializeAsync()
    {
        _app = await TestApp.Start("sqlite");
        await Seed.DeskUsers(_app);
        _claim = (await _app.Send(new AddClaim.Command("The ferry carried 2 million passengers", "Ferry company"))).Id;
        // A publish-card job that ran out of attempts, and its incident, as the job runner leaves them.
        var now = DateTimeOffset.UtcNow;
        await _app.Execute("""
            insert into job (instance_id, activity, state, state_version, run_at, attempts, max_attempts, backoff_ms, idempotency_key, status, last_error, created_at, finished_at)
            values (@_claim, 'publish-card', 'publishing', 5, @now, 8, 8, 1000, 'test-incident-job', 'failed', 'disk full', @now, @now)
            """, new { _claim, now });
        var job = await _app.Scalar<long>("select id from job where idempotency_key = 'test-incident-job'");
        await _app.Execute("insert into incident (job_id, instance_id, activity, error, created_at) values (@job, @_claim, 'publish-card', 'disk full', @now)", new { job, _claim, now });
        await _app.Execute("update claim set has_incident = 1 where id = @_claim", new { _claim });
        _incident = await _app.Scalar<long>("select id from incident");
        _web = await WebProcess.Start(_app.Db.Options);
    }

    public async Task DisposeAsync()
    {
        await _web.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task An_editor_sees_an_incident_and_retries_it_and_a_checker_cannot()
    {
        using var checker = await _web.Client("checker");
        var refused = await checker.PostAsync($"/desk/incidents?handler=Retry&id={_incident}", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var editor = await _web.Client("editor");
        var page = await editor.GetStringAsync("/desk/incidents");
        Assert.Contains($"<a href=\"/desk/claims/{_claim}\">Claim {_claim}</a>", page);
        Assert.Contains("disk full", page);
        var retry = await WebProcess.PostForm(editor, "/desk/incidents", $"/desk/incidents?handler=Retry&id={_incident}", new());
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.NotNull(await _app.Scalar<DateTimeOffset?>("select resolved_at from incident where id = @_incident", new { _incident }));
        Assert.Equal(("pending", 0L), (await _app.Scalar<string>("select status from job where idempotency_key = 'test-incident-job'"),
            await _app.Scalar<long>("select attempts from job where idempotency_key = 'test-incident-job'")));
        Assert.Equal(0L, await _app.Scalar<long>("select has_incident from claim where id = @_claim", new { _claim }));
        Assert.Contains("No open incidents.", await editor.GetStringAsync("/desk/incidents"));
        Assert.Contains("resolved", await editor.GetStringAsync("/desk/incidents?all=true"));
        var again = await WebProcess.PostForm(editor, "/desk/incidents", $"/desk/incidents?handler=Retry&id={_incident}", new());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
