using System.Net;
using FactCheck.Features.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.IntegrationTests;

/// <summary>The desk report: counts and times over a period, who did what, and the open queue, on every provider and over HTTP.</summary>
public class DeskReportTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Counts_what_happened_in_the_period_and_what_is_open_now(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.Start(provider, configure: s => s.AddSingleton<TimeProvider>(clock));
        // Long ago: published 40 days before the report, outside a 30-day window.
        await Seed.PublishedClaim(app, "The harbour's ferry fleet is the oldest in Europe", "Port authority", rating: "true");
        clock.Advance(TimeSpan.FromDays(40));
        var checker = await app.User("pub-checker", "factchecker");
        var editor = await app.User("pub-editor", "editor");
        // In the window: one claim published three hours after intake (rated false), one sent back once, one left in intake.
        await PublishIn(app, clock, TimeSpan.FromHours(3), "Cargo traffic at the port rose 14 percent last year");
        var sentBack = (await app.Send(new AddClaim.Command("Another claim about unemployment", "Ministry"))).Id;
        await app.Send(new FireTrigger.Command(sentBack, "start_lookup", checker));
        await app.Send(new Features.Sources.AddSource.Command(sentBack, checker, "https://example.org/jobs", "primary"));
        await app.Send(new FireTrigger.Command(sentBack, "start_review", checker));
        await app.Send(new Features.Verdicts.SubmitVerdict.Command(sentBack, checker, "mixed", "Partly.", null));
        await app.Send(new FireTrigger.Command(sentBack, "send_back", editor, "Cite the survey."));
        await app.Send(new AddClaim.Command("A third claim about prices", "Agency"));
        clock.Advance(TimeSpan.FromDays(2)); // the intake claim is now overdue (intake is due in a day)

        var r = await app.Send(new DeskReport.Query(30));
        Assert.Equal(3, r.Opened); // the old claim was opened 42 days ago
        Assert.Equal(1, r.Published);
        Assert.Equal(TimeSpan.FromHours(3), r.MedianToPublish);
        Assert.Equal(1, r.SentBack);
        Assert.Equal([new DeskReport.Count("false", 1)], r.Ratings);
        Assert.Equal(new DeskReport.Person("pub-checker", 2, 0, 0), r.People.Single(p => p.Name == "pub-checker"));
        Assert.Equal(new DeskReport.Person("pub-editor", 0, 1, 1), r.People.Single(p => p.Name == "pub-editor"));
        var intake = r.Queue.Single(q => q.State == "intake");
        Assert.Equal((1L, 1L), (intake.Claims, intake.Overdue));
        Assert.Equal(1, r.Queue.Single(q => q.State == "review").Claims);
        Assert.DoesNotContain(r.Queue, q => q.State == "published");

        var all = await app.Send(new DeskReport.Query(90));
        Assert.Equal((4L, 2), (all.Opened, all.Published));
        await Assert.ThrowsAsync<InputException>(() => app.Send(new DeskReport.Query(0)));
    }

    static async Task PublishIn(TestApp app, FakeTimeProvider clock, TimeSpan after, string text)
    {
        var id = (await app.Send(new AddClaim.Command(text, "Port authority"))).Id;
        clock.Advance(after);
        var checker = await app.User("pub-checker", "factchecker");
        var editor = await app.User("pub-editor", "editor");
        await app.Send(new FireTrigger.Command(id, "start_lookup", checker));
        await app.Send(new Features.Sources.AddSource.Command(id, checker, "https://example.org/cargo", "primary"));
        await app.Send(new FireTrigger.Command(id, "start_review", checker));
        await app.Send(new Features.Verdicts.SubmitVerdict.Command(id, checker, "false", "No.", null));
        await app.Send(new FireTrigger.Command(id, "approve", editor));
        await app.Get<Workflows.Worker>().RunDue();
    }

    [Fact]
    public async Task Editors_and_admins_read_it_fact_checkers_do_not()
    {
        await using var app = await TestApp.Start("sqlite");
        await Seed.DeskUsers(app);
        await Seed.PublishedClaim(app, "Cargo traffic rose 14 percent", "Port authority", rating: "mostly-true");
        await using var web = await WebProcess.Start(app.Db.Options);
        using (var anonymous = await web.Client()) Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/desk/report")).StatusCode);
        using (var checker = await web.Client("checker"))
        {
            var refused = await checker.GetAsync("/desk/report");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("This page needs the editor or admin role", await refused.Content.ReadAsStringAsync());
        }
        using var admin = await web.Client("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/desk/report")).StatusCode);
        using var editor = await web.Client("editor");
        var html = await editor.GetStringAsync("/desk/report?days=7");
        Assert.Contains("<a href=\"/desk/report?days=7\" class=\"current\">Last 7 days</a>", html);
        Assert.Contains("<dd data-testid=\"published\">1</dd>", html);
        Assert.Contains("<td>Mostly true</td><td>1</td>", html);
        Assert.Contains("<td>pub-editor</td><td>0</td><td>1</td><td>0</td>", html);
    }
}
