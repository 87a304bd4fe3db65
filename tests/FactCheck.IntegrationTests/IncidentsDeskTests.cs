using System.Net;
using FactCheck.Features.Claims;

namespace FactCheck.IntegrationTests;

/// <summary>Incidents on the desk: an editor sees an activity whose retries ran out; an admin retries or resolves it; a fact-checker sees nothing.</summary>
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
    public async Task An_editor_sees_an_incident_an_admin_retries_it_and_a_checker_cannot()
    {
        using var checker = await _web.Client("checker");
        var refused = await checker.PostAsync($"/desk/incidents?handler=Retry&id={_incident}", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // Editors read: the list, no buttons, and the server refuses their retry whatever the page shows.
        using var editor = await _web.Client("editor");
        var page = await editor.GetStringAsync("/desk/incidents");
        Assert.Contains($"<a href=\"/desk/claims/{_claim}\">Claim {_claim}</a>", page);
        Assert.Contains("disk full", page);
        Assert.Contains("data-testid=\"read-only\"", page);
        Assert.DoesNotContain("handler=Retry", page);
        var byEditor = await WebProcess.PostForm(editor, "/desk/incidents", $"/desk/incidents?handler=Retry&id={_incident}", new());
        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        Assert.Contains("retrying an incident needs the role admin; editor has editor", await byEditor.Content.ReadAsStringAsync());
        Assert.Null(await _app.Scalar<DateTimeOffset?>("select resolved_at from incident where id = @_incident", new { _incident }));

        using var admin = await _web.Client("admin");
        Assert.Contains("handler=Retry", await admin.GetStringAsync("/desk/incidents"));
        var retry = await WebProcess.PostForm(admin, "/desk/incidents", $"/desk/incidents?handler=Retry&id={_incident}", new());
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.NotNull(await _app.Scalar<DateTimeOffset?>("select resolved_at from incident where id = @_incident", new { _incident }));
        Assert.Equal(("pending", 0L), (await _app.Scalar<string>("select status from job where idempotency_key = 'test-incident-job'"),
            await _app.Scalar<long>("select attempts from job where idempotency_key = 'test-incident-job'")));
        Assert.Equal(0L, await _app.Scalar<long>("select has_incident from claim where id = @_claim", new { _claim }));
        Assert.Contains("No open incidents.", await editor.GetStringAsync("/desk/incidents"));
        Assert.Contains("resolved", await editor.GetStringAsync("/desk/incidents?all=true"));
        var again = await WebProcess.PostForm(admin, "/desk/incidents", $"/desk/incidents?handler=Retry&id={_incident}", new());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    Task<long> Incident(string activity, string error, string key) => Seed.Incident(_app, _claim, activity, error, key);

    [Fact]
    public async Task An_admin_filters_by_activity_retries_them_all_and_resolves_one_with_a_note()
    {
        var chat1 = await Incident("push-event", "chat: 503", "chat-1");
        var chat2 = await Incident("push-event", "chat: 503", "chat-2");
        using var admin = await _web.Client("admin");
        using var editor = await _web.Client("editor");
        var page = await admin.GetStringAsync("/desk/incidents");
        Assert.Contains("data-testid=\"open-incidents\" aria-label=\"3 open\">3</span>", page); // the nav's count
        Assert.Contains("<td>8</td>", page); // attempts of the publish-card job
        var filtered = await admin.GetStringAsync("/desk/incidents?activity=push-event");
        Assert.DoesNotContain("disk full", filtered);
        Assert.Contains("Retry all 2 open push-event incidents", filtered);

        // The chat service is back: retry every push-event incident at once; publish-card's stays open.
        var all = await WebProcess.PostForm(admin, "/desk/incidents?activity=push-event", "/desk/incidents?handler=RetryMatching&activity=push-event", new());
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(2L, await _app.Count("job", "activity = 'push-event' and status = 'pending' and attempts = 0"));
        Assert.Equal(2L, await _app.Count("journal", "instance_id = @_claim and kind = 'incident_retry'", new { _claim }));
        Assert.Equal("admin", await _app.Scalar<string>("select resolved_by from incident where id = @chat1", new { chat1 }));
        Assert.NotNull(await _app.Scalar<DateTimeOffset?>("select resolved_at from incident where id = @chat2", new { chat2 }));
        Assert.Null(await _app.Scalar<DateTimeOffset?>("select resolved_at from incident where id = @_incident", new { _incident }));

        // The card was published by hand: resolve without a retry, saying so. No note, no resolution.
        var noNote = await WebProcess.PostForm(admin, "/desk/incidents", $"/desk/incidents?handler=Resolve&id={_incident}", new() { ["note"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("say how the incident was resolved", await noNote.Content.ReadAsStringAsync());
        var resolved = await WebProcess.PostForm(admin, "/desk/incidents", $"/desk/incidents?handler=Resolve&id={_incident}", new() { ["note"] = "Published by hand <b>after</b> the disk was cleaned" });
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal("failed", await _app.Scalar<string>("select status from job where idempotency_key = 'test-incident-job'")); // not run again
        Assert.Equal(0L, await _app.Scalar<long>("select has_incident from claim where id = @_claim", new { _claim }));
        Assert.Equal("incident " + _incident + " resolved without a retry: Published by hand <b>after</b> the disk was cleaned",
            await _app.Scalar<string>("select note from journal where instance_id = @_claim and kind = 'incident_resolved'", new { _claim }));
        var history = await admin.GetStringAsync("/desk/incidents?all=true");
        Assert.Contains("by admin: Published by hand &lt;b&gt;after&lt;/b&gt; the disk was cleaned", history); // encoded
        // The nav counts what is open now (the desk's worker may meanwhile have found the retried pushes failing again).
        var open = await _app.Count("incident", "resolved_at is null");
        var nav = await admin.GetStringAsync("/desk/incidents");
        var shown = System.Text.RegularExpressions.Regex.Match(nav, "data-testid=\"open-incidents\" aria-label=\"(\\d+) open\"");
        Assert.Equal(open, shown.Success ? long.Parse(shown.Groups[1].Value) : 0);
        Assert.DoesNotContain("@if", nav); // the count is markup, not Razor source shown as text

        // A fact-checker can neither resolve nor retry in bulk.
        using var checker = await _web.Client("checker");
        Assert.Equal(HttpStatusCode.Forbidden, (await checker.PostAsync($"/desk/incidents?handler=RetryMatching", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await checker.GetAsync("/admin/incidents")).StatusCode);
        Assert.Contains("No open incidents.", await editor.GetStringAsync("/admin/incidents"));
    }
}
