using FactCheck.Features.Claims;

namespace FactCheck.IntegrationTests;

public class WorkflowVersionTests
{
    [Fact]
    public async Task A_running_claim_stays_on_its_version_while_new_claims_take_the_highest()
    {
        await using var v1App = await TestApp.Start("sqlite");
        var alice = await v1App.User("alice", "factchecker");
        var old = await v1App.Send(new AddClaim.Command("old claim", "A"));
        Assert.Equal(1, old.WorkflowVersion);

        // Version 2 renames start_lookup to begin_lookup; both files load side by side.
        var dir = TestApp.WorkflowFolder();
        var v2 = File.ReadAllText(Path.Combine(dir, "claim-review.json")).Replace("\"version\": 1", "\"version\": 2").Replace("start_lookup", "begin_lookup");
        File.WriteAllText(Path.Combine(dir, "claim-review-v2.json"), v2);
        await using var app = TestApp.Beside(v1App, dir);

        var fresh = await app.Send(new AddClaim.Command("new claim", "B"));
        Assert.Equal(2, fresh.WorkflowVersion);
        await app.Send(new FireTrigger.Command(old.Id, "start_lookup", alice));
        var refused = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new FireTrigger.Command(fresh.Id, "start_lookup", alice)));
        Assert.Contains("possible: begin_lookup", refused.Reasons[0]);
        await app.Send(new FireTrigger.Command(fresh.Id, "begin_lookup", alice));
        Assert.Equal(2, await app.Count("claim", "state = 'source_lookup'"));
    }
}
