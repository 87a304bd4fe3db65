using FactCheck.Features.Claims;
using FactCheck.Features.Sources;
using FactCheck.Features.Verdicts;

namespace FactCheck.IntegrationTests;

/// <summary>The claim-review workflow end to end through the mediator, on every configured provider.</summary>
public class ClaimLifecycleTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    static async Task<long> ClaimInReview(TestApp app, Workflows.Actor checker)
    {
        var claim = await app.Send(new AddClaim.Command("Belarus will not send troops to Ukraine", "Lukashenko", "Belta"));
        await app.Send(new FireTrigger.Command(claim.Id, "start_lookup", checker));
        await app.Send(new AddSource.Command(claim.Id, checker, "https://example.org/transcript", "primary", "Transcript", QuoteFound: true));
        await app.Send(new FireTrigger.Command(claim.Id, "start_review", checker));
        return claim.Id;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Takes_a_claim_from_intake_to_publishing(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var alice = await app.User("alice", "factchecker");
        var ed = await app.User("ed", "editor");

        var claim = await app.Send(new AddClaim.Command("Russian forces are forming a strike force in Belarus", "Ukraine", "a report"));
        Assert.Equal("intake", await app.Scalar<string>("select state from claim where id = @Id", claim));
        await app.Send(new TakeClaim.Command(claim.Id, alice));
        Assert.Equal(alice.UserId, await app.Scalar<long>("select assignee_id from claim where id = @Id", claim));
        await app.Send(new FireTrigger.Command(claim.Id, "start_lookup", alice));
        var source = await app.Send(new AddSource.Command(claim.Id, alice, "https://example.org/isw-report", "primary", "ISW report", "no indicators", true));
        await app.Send(new FireTrigger.Command(claim.Id, "start_review", alice));
        var verdict = await app.Send(new SubmitVerdict.Command(claim.Id, alice, "false", "No strike force is forming.", "The report says *no indicators*.", [source.SourceId]));
        Assert.Equal("editor_approval", verdict.State);
        var approved = await app.Send(new FireTrigger.Command(claim.Id, "approve", ed));

        Assert.Equal(("editor_approval", "publishing", 4L), (approved.From, approved.To, approved.Version));
        Assert.Equal("publishing", await app.Scalar<string>("select state from claim where id = @Id", claim));
        Assert.Equal(4, await app.Scalar<long>("select row_version from claim where id = @Id", claim));
        Assert.Equal(4, await app.Count("journal", "instance_id = @Id and kind = 'transition'", claim));
        Assert.Equal("ed", await app.Scalar<string>("select actor from journal where instance_id = @Id and trigger_name = 'approve'", claim));
        Assert.Equal(1, await app.Count("verdict_source", "verdict_id = @VerdictId", verdict));
        // On-enter activities and due-time timers were enqueued as jobs, the publish job with its follow-up trigger.
        Assert.Equal("published", await app.Scalar<string>("select then_trigger from job where instance_id = @Id and activity = 'publish-card'", claim));
        Assert.Equal(1, await app.Count("job", "instance_id = @Id and activity = 'suggest-sources' and state = 'source_lookup'", claim));
        Assert.Equal(1, await app.Count("job", "instance_id = @Id and activity = 'notify' and state = 'editor_approval'", claim));
        Assert.Equal(4, await app.Count("job", "instance_id = @Id and activity = 'due-timer'", claim)); // intake, lookup, review, approval
        Assert.Null(await app.Scalar<DateTimeOffset?>("select due_at from claim where id = @Id", claim)); // publishing has no SLA
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_editor_cannot_approve_their_own_verdict(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var eve = await app.User("eve", "factchecker", "editor");
        var id = await ClaimInReview(app, eve);
        await app.Send(new SubmitVerdict.Command(id, eve, "mostly-true", "He did say it."));
        var journal = await app.Count("journal");
        var jobs = await app.Count("job");

        var ex = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new FireTrigger.Command(id, "approve", eve)));

        Assert.Equal(["eve wrote this verdict; another editor must approve it (four-eyes rule)"], ex.Reasons);
        Assert.Equal("editor_approval", await app.Scalar<string>("select state from claim where id = @id", new { id }));
        Assert.Equal((journal, jobs), (await app.Count("journal"), await app.Count("job")));
        var shown = await app.Send(new GetClaim.Query(id, eve));
        var approve = Assert.Single(shown.Triggers, t => t.Trigger == "approve");
        Assert.False(approve.Allowed);
        Assert.Contains("four-eyes", Assert.Single(approve.Reasons));
        Assert.True(Assert.Single(shown.Triggers, t => t.Trigger == "send_back").Allowed);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Send_back_needs_a_note(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var alice = await app.User("alice", "factchecker");
        var ed = await app.User("ed", "editor");
        var id = await ClaimInReview(app, alice);
        await app.Send(new SubmitVerdict.Command(id, alice, "false", "Not said."));

        var ex = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new FireTrigger.Command(id, "send_back", ed, "  ")));
        Assert.Equal(["'send_back' requires a note saying why"], ex.Reasons);
        Assert.Equal("editor_approval", await app.Scalar<string>("select state from claim where id = @id", new { id }));

        await app.Send(new FireTrigger.Command(id, "send_back", ed, "Cite the Belta transcript, not the summary."));
        Assert.Equal("review", await app.Scalar<string>("select state from claim where id = @id", new { id }));
        Assert.Equal("Cite the Belta transcript, not the summary.", await app.Scalar<string>("select note from journal where instance_id = @id and trigger_name = 'send_back'", new { id }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_refused_transition_writes_nothing(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var alice = await app.User("alice", "factchecker");
        var ed = await app.User("ed", "editor");
        var claim = await app.Send(new AddClaim.Command("Talks will focus on gas prices", "Lukashenko"));
        await app.Send(new FireTrigger.Command(claim.Id, "start_lookup", alice));
        var before = (await app.Count("journal"), await app.Count("job"), await app.Scalar<long>("select row_version from claim where id = @Id", claim));

        // A guard refuses: no primary source yet.
        var guard = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new FireTrigger.Command(claim.Id, "start_review", alice)));
        Assert.Contains("no primary source", Assert.Single(guard.Reasons));
        // A role refuses, after the slice already inserted its verdict row: the whole command rolls back.
        await app.Send(new AddSource.Command(claim.Id, alice, "https://example.org/belta", "secondary"));
        var sourcesBefore = await app.Count("source");
        var role = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new SubmitVerdict.Command(claim.Id, ed, "true", "Said so.")));
        Assert.StartsWith("'submit_verdict' is not possible from state 'source_lookup'", Assert.Single(role.Reasons));
        // A trigger that does not exist.
        var unknown = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new FireTrigger.Command(claim.Id, "publish", ed)));
        Assert.Equal("'publish' is not possible from state 'source_lookup'; possible: start_review, mark_unverifiable, archive", Assert.Single(unknown.Reasons));

        Assert.Equal(0, await app.Count("verdict"));
        Assert.Equal(sourcesBefore, await app.Count("source"));
        Assert.Equal(before.Item1 + 1, await app.Count("journal")); // only the source's own journal row
        Assert.Equal((before.Item2, before.Item3), (await app.Count("job"), await app.Scalar<long>("select row_version from claim where id = @Id", claim)));
        Assert.Equal("source_lookup", await app.Scalar<string>("select state from claim where id = @Id", claim));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_stale_version_is_a_conflict_and_writes_nothing(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var alice = await app.User("alice", "factchecker");
        var claim = await app.Send(new AddClaim.Command("Kyiv is 88km from the border", "Ukraine"));
        var seen = await app.Send(new GetClaim.Query(claim.Id));
        await app.Send(new FireTrigger.Command(claim.Id, "start_lookup", alice, ExpectedVersion: seen.Claim.RowVersion));
        var journal = await app.Count("journal");

        await Assert.ThrowsAsync<ConflictException>(() =>
            app.Send(new FireTrigger.Command(claim.Id, "archive", alice, "duplicate", ExpectedVersion: seen.Claim.RowVersion)));

        Assert.Equal("source_lookup", await app.Scalar<string>("select state from claim where id = @Id", claim));
        Assert.Equal(journal, await app.Count("journal"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Take_release_and_list_by_state_queue_and_assignee(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var alice = await app.User("alice", "factchecker");
        var bob = await app.User("bob", "factchecker");
        var ed = await app.User("ed", "editor");
        var ids = new List<long>();
        for (var i = 0; i < 5; i++) ids.Add((await app.Send(new AddClaim.Command($"claim {i}", "Speaker", Priority: i % 2))).Id);
        await app.Send(new TakeClaim.Command(ids[0], alice));
        await Assert.ThrowsAsync<ConflictException>(() => app.Send(new TakeClaim.Command(ids[0], bob)));
        await Assert.ThrowsAsync<RefusedException>(() => app.Send(new ReleaseClaim.Command(ids[0], bob)));
        await app.Send(new FireTrigger.Command(ids[4], "start_lookup", alice));

        var page1 = await app.Send(new ListClaims.Query(State: "intake", PageSize: 2));
        Assert.Equal([ids[1], ids[3]], page1.Items.Select(c => c.Id)); // priority 1 first, then by due time
        Assert.True(page1.HasMore);
        var page2 = await app.Send(new ListClaims.Query(State: "intake", Page: 2, PageSize: 2));
        Assert.Equal([ids[0], ids[2]], page2.Items.Select(c => c.Id));
        Assert.False(page2.HasMore);
        Assert.Equal([ids[0]], (await app.Send(new ListClaims.Query(AssigneeId: alice.UserId))).Items.Select(c => c.Id));
        Assert.Equal(5, (await app.Send(new ListClaims.Query(Queue: "factchecker"))).Items.Count);
        Assert.Empty((await app.Send(new ListClaims.Query(Queue: "editor"))).Items);

        await app.Send(new ReleaseClaim.Command(ids[0], ed));
        Assert.Equal(5, (await app.Send(new ListClaims.Query(Unassigned: true))).Items.Count);
        Assert.Equal(["take", "release"], (await app.Send(new GetClaim.Query(ids[0]))).Journal.Where(j => j.Kind != "start").Select(j => j.Kind));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Bad_input_names_the_field(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var alice = await app.User("alice", "factchecker");
        var claim = await app.Send(new AddClaim.Command("x", "y"));
        var ex = await Assert.ThrowsAsync<InputException>(() => app.Send(new AddSource.Command(claim.Id, alice, "ftp://nope", "tertiary")));
        Assert.Equal([("Url", "must be an absolute http or https URL"), ("Kind", "must be primary or secondary")], ex.Errors);
        var v = await Assert.ThrowsAsync<InputException>(() => app.Send(new SubmitVerdict.Command(claim.Id, alice, "pants-on-fire", "")));
        Assert.Contains(v.Errors, e => e.Field == "Rating" && e.Message.Contains("not on the desk's scale"));
        Assert.Contains(v.Errors, e => e.Field == "Summary");
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new FireTrigger.Command(99999, "start_lookup", alice)));
    }
}
