using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FactCheck.Features.Tokens;
using FactCheck.Jobs;
using FactCheck.Workflows;
using FactCheck.Jobs.Activities;
using FactCheck.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.IntegrationTests;

/// <summary>Workflow events (the outbox) reach webhook targets that receive them, the API's feed and the desk's notifications page.</summary>
public class EventTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Fact]
    public async Task Each_webhook_target_gets_the_events_it_subscribed_to_signed_and_once()
    {
        using var receiver = new WebhookReceiver(failFirst: 1);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        WebhookTarget Target(string name, params string[]? events) =>
            new() { Name = name, Url = receiver.Url(name), Secret = name + "-secret", MaxAttempts = 4, Events = events is null ? null : [.. events] };
        await using var app = await TestApp.Start("sqlite", configure: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton(new PublishingOptions { Webhooks = [Target("everything", "*"), Target("cards", null), Target("editors", "verdict_awaiting_approval")] });
        });

        var (id, slug) = await Seed.PublishedClaim(app, "Cargo traffic rose 14 percent", "Port authority");
        for (var i = 0; i < 3; i++) { clock.Advance(TimeSpan.FromMinutes(1)); await app.Get<Worker>().RunDue(); } // past the one 503's backoff
        receiver.Stop();
        var received = receiver.Received;

        var got = received.OrderBy(d => d.Path).ThenBy(d => d.Event).Select(d => (d.Path, d.Event)).ToList();
        Assert.Equal([("/cards", "card.published"), ("/editors", "verdict_awaiting_approval"), ("/everything", "card.published"), ("/everything", "verdict_awaiting_approval")], got);
        foreach (var d in received)
        {
            Assert.Equal("sha256=" + Webhook.Sign(d.Path.TrimStart('/') + "-secret", d.Body), d.Signature);
            Assert.Equal(d.Event, JsonDocument.Parse(d.Body).RootElement.GetProperty("event").GetString());
        }
        var approval = JsonDocument.Parse(received.First(d => d.Path == "/editors").Body).RootElement;
        Assert.Equal(id, approval.GetProperty("claimId").GetInt64());
        Assert.Equal("editor", approval.GetProperty("role").GetString());
        Assert.Equal($"Claim {id}: a verdict awaits an editor's approval.", approval.GetProperty("text").GetString());
        Assert.Equal("editor_approval", approval.GetProperty("data").GetProperty("state").GetString());
        Assert.Equal(slug, JsonDocument.Parse(received.First(d => d.Path == "/cards").Body).RootElement.GetProperty("slug").GetString());
        Assert.Equal(4, received.Select(d => d.Key).Distinct().Count());
        Assert.Equal(0L, await app.Scalar<long>("select count(*) from job where activity in ('push-event', 'push-card') and status <> 'done'"));
        Assert.Equal(0L, await app.Scalar<long>("select count(*) from incident"));
    }

    [Fact]
    public async Task A_target_that_keeps_failing_becomes_an_incident_on_the_claim()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await TestApp.Start("sqlite", configure: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton(new PublishingOptions { Webhooks = [new WebhookTarget { Name = "chat", Url = $"http://127.0.0.1:{PublishingTests.FreePort()}/hook", Secret = "x", MaxAttempts = 2, Events = ["verdict_awaiting_approval"] }] });
        });
        var (id, _) = await Seed.PublishedClaim(app, "Cargo traffic rose 14 percent", "Port authority");
        clock.Advance(TimeSpan.FromMinutes(5));
        await app.Get<Worker>().RunDue();
        Assert.Equal("failed", await app.Scalar<string>("select status from job where activity = 'push-event'"));
        Assert.StartsWith("push-event failed 2 times, retries spent: chat:", await app.Scalar<string>("select error from incident where instance_id = @id", new { id }));
        Assert.Equal(0L, await app.Scalar<long>("select count(*) from job where activity = 'push-card'")); // chat does not receive cards

        // A push whose event is gone, or whose target was removed from the settings, fails at once: retrying cannot help.
        await app.Execute("""
            insert into job (instance_id, activity, state, state_version, run_at, max_attempts, backoff_ms, idempotency_key, input, created_at)
            values (@id, 'push-event', 'published', 0, @at, 5, 1000, 'gone-event', '{"target":"chat","event":"no-such-key"}', @at),
                   (@id, 'push-event', 'published', 0, @at, 5, 1000, 'gone-target', '{"target":"old-crm","event":"no-such-key"}', @at)
            """, new { id, at = clock.GetUtcNow() });
        await app.Get<Worker>().RunDue();
        Assert.StartsWith("push-event failed permanently on attempt 1: event 'no-such-key' does not exist",
            await app.Scalar<string>("select i.error from incident i join job j on j.id = i.job_id where j.idempotency_key = 'gone-event'"));
        Assert.StartsWith("push-event failed permanently on attempt 1: no webhook target named 'old-crm' is configured",
            await app.Scalar<string>("select i.error from incident i join job j on j.id = i.job_id where j.idempotency_key = 'gone-target'"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_api_feed_pages_events_with_a_cursor_and_the_desk_shows_each_role_its_own(string provider)
    {
        await using var app = await TestApp.Start(provider);
        await Seed.DeskUsers(app);
        var (id, slug) = await Seed.PublishedClaim(app, "Cargo traffic rose <b>14</b> percent", "Port authority");
        var token = (await app.Send(new ApiTokens.Create("events-reader", "checker"))).Token;
        await using var web = await WebProcess.Start(app.Db.Options);

        using var api = new HttpClient { BaseAddress = web.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/events")).StatusCode);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var first = JsonDocument.Parse(await api.GetStringAsync("/api/events?after=0&limit=1")).RootElement;
        var e1 = Assert.Single(first.GetProperty("events").EnumerateArray());
        Assert.Equal(("verdict_awaiting_approval", id), (e1.GetProperty("event").GetString(), e1.GetProperty("claimId").GetInt64()));
        var next = first.GetProperty("next").GetInt64();
        Assert.Equal(e1.GetProperty("id").GetInt64(), next);
        var second = JsonDocument.Parse(await api.GetStringAsync($"/api/events?after={next}")).RootElement;
        var e2 = Assert.Single(second.GetProperty("events").EnumerateArray());
        Assert.Equal("card.published", e2.GetProperty("event").GetString());
        Assert.Equal(slug, e2.GetProperty("data").GetProperty("slug").GetString());
        var last = JsonDocument.Parse(await api.GetStringAsync($"/api/events?after={second.GetProperty("next").GetInt64()}")).RootElement;
        Assert.Empty(last.GetProperty("events").EnumerateArray());
        Assert.Equal(second.GetProperty("next").GetInt64(), last.GetProperty("next").GetInt64()); // the cursor stays put
        var bad = await api.GetAsync("/api/events?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Limit", await bad.Content.ReadAsStringAsync());
        var before = await api.GetAsync("/api/events?after=-1");
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("After", await before.Content.ReadAsStringAsync());

        using var anonymous = await web.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/desk/notifications")).StatusCode);
        using var editor = await web.Client("editor");
        // The nav counts what is new for the user's roles until they open the notifications.
        Assert.Contains("<span class=\"count\" data-testid=\"unseen\" aria-label=\"2 new\">2</span>", await editor.GetStringAsync("/desk"));
        var forEditor = await editor.GetStringAsync("/desk/notifications");
        Assert.DoesNotContain("data-testid=\"unseen\"", await editor.GetStringAsync("/desk"));
        Assert.Contains($"Claim {id}: a verdict awaits an editor&#x27;s approval.", forEditor);
        Assert.Contains($"Claim {id} was published as {slug}.", forEditor);
        using var checker = await web.Client("checker");
        Assert.Contains("aria-label=\"1 new\">1</span>", await checker.GetStringAsync("/desk")); // only the card is addressed to everyone
        var forChecker = await checker.GetStringAsync("/desk/notifications");
        Assert.DoesNotContain("awaits an editor", forChecker); // addressed to editors
        Assert.Contains($"Claim {id} was published as {slug}.", forChecker); // addressed to everyone
        Assert.DoesNotContain("data-testid=\"unseen\"", await checker.GetStringAsync("/desk"));
        // A new event for editors: the editor's count comes back, the checker's does not.
        await app.Execute("insert into outbox (kind, instance_id, role, payload, idempotency_key, created_at) values ('overdue', @id, 'editor', '{}', 'later', @at)", new { id, at = DateTimeOffset.UtcNow });
        Assert.Contains("aria-label=\"1 new\">1</span>", await editor.GetStringAsync("/desk"));
        Assert.DoesNotContain("data-testid=\"unseen\"", await checker.GetStringAsync("/desk"));
    }

    [Fact]
    public async Task The_notifications_page_pages_back_through_older_events()
    {
        await using var app = await TestApp.Start("sqlite");
        await Seed.DeskUsers(app);
        var claim = (await app.Send(new Features.Claims.AddClaim.Command("Cargo traffic rose 14 percent", "Port authority"))).Id;
        await using var web0 = await WebProcess.Start(app.Db.Options);
        for (var i = 1; i <= 101; i++) // more than the nav counts
            await app.Execute("insert into outbox (kind, instance_id, role, payload, idempotency_key, created_at) values ('notify', @claim, null, '{}', @key, @at)",
                new { claim, key = "early" + i, at = DateTimeOffset.UtcNow });
        using (var checker = await web0.Client("checker"))
        {
            Assert.Contains("aria-label=\"99&#x2B; new\">99&#x2B;</span>", await checker.GetStringAsync("/desk")); // 99+, encoded
            await checker.GetStringAsync("/desk/notifications");
            Assert.DoesNotContain("data-testid=\"unseen\"", await checker.GetStringAsync("/desk"));
        }
        await app.Execute("delete from outbox");
        for (var i = 1; i <= 53; i++)
            await app.Execute("insert into outbox (kind, instance_id, role, payload, idempotency_key, created_at) values ('overdue', @claim, @role, @payload, @key, @at)",
                new { claim, role = i % 2 == 0 ? "editor" : "factchecker", payload = $$"""{"claim":{{claim}},"state":"s{{i}}"}""", key = "k" + i, at = DateTimeOffset.UtcNow });
        await using var web = await WebProcess.Start(app.Db.Options);
        using var admin = await web.Client("admin"); // admins see every role's events
        var first = await admin.GetStringAsync("/desk/notifications");
        Assert.Contains("is overdue in s53.", first);
        Assert.Contains("is overdue in s4.", first);
        Assert.DoesNotContain("is overdue in s3.", first);
        var older = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/desk/notifications\\?before=\\d+)\">Older notifications").Groups[1].Value;
        Assert.NotEmpty(older);
        var second = await admin.GetStringAsync(older);
        Assert.Contains("is overdue in s3.", second);
        Assert.Contains("is overdue in s1.", second);
        Assert.DoesNotContain("is overdue in s4.", second);
        Assert.DoesNotContain("Older notifications", second);
        using var editor = await web.Client("editor"); // 26 of them are the editors'
        Assert.Contains("aria-label=\"26 new\">26</span>", await editor.GetStringAsync("/desk"));
        var mine = await editor.GetStringAsync("/desk/notifications");
        Assert.Equal(26, System.Text.RegularExpressions.Regex.Matches(mine, "is overdue in s").Count);
        Assert.DoesNotContain("Older notifications", mine);
    }
}
