using System.Net;

namespace FactCheck.IntegrationTests;

/// <summary>The admin's read-only settings page: workflows with their versions and claims, the scale, publishing, and no secret on it.</summary>
public class AdminSettingsTests
{
    [Fact]
    public async Task Admins_see_what_the_desk_runs_with_and_never_a_secret()
    {
        await using var app = await TestApp.Start("sqlite");
        await Seed.DeskUsers(app);
        await app.Send(new Features.Claims.AddClaim.Command("Cargo traffic rose 14 percent", "Port authority"));
        await using var web = await WebProcess.Start(app.Db.Options,
            ("FactCheck__Publishing__Webhooks__0__Name", "desk-chat"),
            ("FactCheck__Publishing__Webhooks__0__Url", "https://chat.example/hook"),
            ("FactCheck__Publishing__Webhooks__0__Secret", "hunter2-very-secret"),
            ("FactCheck__Publishing__Webhooks__0__Events__0", "overdue"));

        using (var anonymous = await web.Client()) Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin/settings")).StatusCode);
        using (var editor = await web.Client("editor")) Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/settings")).StatusCode);
        using var admin = await web.Client("admin");
        var html = await admin.GetStringAsync("/admin/settings");
        Assert.Contains("(claim-review, version 1, claim-review.json) · 1 claim(s) on this version", html);
        Assert.Contains("<td><strong>Editor approval</strong> <code>editor_approval</code></td>", html);
        Assert.Contains("notify (up to 5 tries)", html);
        Assert.Contains("<td>editor</td>\n                    <td>4 h</td>", html); // editor approval's SLA, PT4H
        Assert.Contains("<td>factchecker</td>\n                    <td>1 d</td>", html); // intake's, P1D
        Assert.Contains("<td>editor_approval → publishing</td>\n                    <td>editor</td>\n                    <td>has_complete_verdict, approver_is_not_verdict_author, compared_with_published_cards, speaker_is_named</td>", html);
        Assert.Contains("<td><code>mostly-true</code></td><td>Mostly true</td>", html);
        Assert.Contains("<td>desk-chat</td><td>https://chat.example/hook</td><td>overdue</td><td>6</td><td>set (not shown)</td>", html);
        Assert.DoesNotContain("hunter2", html);
        Assert.DoesNotContain(app.Db.Options.ConnectionString, html);
    }
}
