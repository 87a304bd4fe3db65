using FactCheck.Features.Approvals;
using FactCheck.Features.Claims;
using FactCheck.Features.Sources;
using FactCheck.Features.Verdicts;
using FactCheck.Workflows;

namespace FactCheck.IntegrationTests;

/// <summary>Approve and send back, the desk's two answers to a verdict (Features/Approvals), on every provider.</summary>
public class ApprovalsTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    static async Task<long> AwaitingApproval(TestApp app, Actor checker, string text)
    {
        var id = (await app.Send(new AddClaim.Command(text, "Harbour master"))).Id;
        await app.Send(new FireTrigger.Command(id, "start_lookup", checker));
        await app.Send(new AddSource.Command(id, checker, "https://example.org/port/annual-report", "primary", "Annual report"));
        await app.Send(new FireTrigger.Command(id, "start_review", checker));
        await app.Send(new SubmitVerdict.Command(id, checker, "mostly-true", "The annual report says 13.6 percent."));
        return id;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_approval_next_to_a_published_card_says_how_they_relate_and_the_journal_names_the_card(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var (_, slug) = await Seed.PublishedClaim(app, "Cargo traffic at the port rose 14 percent last year", "Port authority", rating: "false");
        var checker = await app.User("checker", "factchecker");
        var editor = await app.User("editor", "editor");
        var id = await AwaitingApproval(app, checker, "Cargo traffic at the port rose 14 percent last year");

        Assert.Equal(slug, Assert.Single(await app.Send(new PublishedOnSameClaim.Query(id))).Slug);
        var silent = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new ApproveVerdict.Command(id, editor)));
        Assert.Contains("a card on a similar claim is already published", silent.Message);
        var own = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new ApproveVerdict.Command(id, checker, "agrees")));
        Assert.Contains("needs the role editor", own.Message);
        await Assert.ThrowsAsync<InputException>(() => app.Send(new ApproveVerdict.Command(id, editor, "maybe")));
        Assert.Equal(0, await app.Count("journal", "instance_id = @id and trigger_name = 'approve'", new { id }));

        var approved = await app.Send(new ApproveVerdict.Command(id, editor, "supersedes"));
        Assert.Equal(("editor_approval", "publishing"), (approved.From, approved.To));
        Assert.Equal($"Compared with the published card {slug} (rated False): supersedes it (the earlier card should be corrected).",
            await app.Scalar<string>("select note from journal where instance_id = @id and trigger_name = 'approve'", new { id }));
        Assert.Equal("""{"relation":"supersedes"}""", await app.Scalar<string>("select payload from journal where instance_id = @id and trigger_name = 'approve'", new { id }));
    }

    [Fact]
    public async Task The_claim_page_the_api_and_the_cli_approve_through_the_same_use_case()
    {
        await using var app = await TestApp.Start("sqlite");
        var (_, slug) = await Seed.PublishedClaim(app, "Cargo traffic at the port rose 14 percent last year", "Port authority", rating: "false");
        var checker = await app.User("checker", "factchecker");
        var editor = await app.User("editor", "editor");
        var id = await AwaitingApproval(app, checker, "Cargo traffic at the port rose 14 percent last year");

        // What the three surfaces send for a trigger name (FireTrigger.For): approve is ApproveVerdict, send_back SendBackVerdict.
        Assert.IsType<ApproveVerdict.Command>(FireTrigger.For(id, "approve", editor));
        Assert.IsType<SendBackVerdict.Command>(FireTrigger.For(id, "send_back", editor, "why"));
        Assert.IsType<FireTrigger.Command>(FireTrigger.For(id, "archive", editor, "dup"));
        await app.Send(FireTrigger.For(id, "approve", editor, note: "Checked against the annual report.", relation: "agrees"));
        Assert.Equal($"Checked against the annual report. Compared with the published card {slug} (rated False): agrees with it.",
            await app.Scalar<string>("select note from journal where instance_id = @id and trigger_name = 'approve'", new { id }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_author_cannot_approve_and_a_send_back_needs_a_note_supersedes_the_verdict_and_tells_the_checker(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var eve = await app.User("eve", "factchecker", "editor");
        var editor = await app.User("editor", "editor");
        var id = await AwaitingApproval(app, eve, "The ferry carried two million passengers in 2025");

        var fourEyes = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new ApproveVerdict.Command(id, eve)));
        Assert.Contains("another editor must approve it (four-eyes rule)", fourEyes.Message);
        var noNote = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new SendBackVerdict.Command(id, editor, "  ")));
        Assert.Contains("requires a note", noNote.Message);
        Assert.Equal(0, await app.Count("verdict", "claim_id = @id and superseded_at is not null", new { id }));

        var back = await app.Send(new SendBackVerdict.Command(id, editor, "The report's figure is for 2024, not 2025."));
        Assert.Equal(("editor_approval", "review"), (back.From, back.To));
        Assert.Equal(1, await app.Count("verdict", "claim_id = @id and superseded_at is not null", new { id }));
        Assert.Equal(1, await app.Count("outbox", "instance_id = @id and kind = 'verdict_sent_back'", new { id }));
        var stale = await Assert.ThrowsAsync<ConflictException>(() => app.Send(new ApproveVerdict.Command(id, editor, ExpectedVersion: back.Version - 1)));
        Assert.Contains("changed by someone else", stale.Message);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_verdict_on_a_claim_whose_speaker_is_a_pronoun_waits_until_the_speaker_is_named(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var checker = await app.User("checker", "factchecker");
        var id = (await app.Send(new AddClaim.Command("The shelter has 40 beds on a typical night", "she"))).Id;
        await app.Send(new FireTrigger.Command(id, "start_lookup", checker));
        await app.Send(new AddSource.Command(id, checker, "https://example.org/city/shelter-report", "primary", "Shelter report"));
        await app.Send(new FireTrigger.Command(id, "start_review", checker));

        var refused = await Assert.ThrowsAsync<RefusedException>(() => app.Send(new SubmitVerdict.Command(id, checker, "true", "The city's report says 40 beds.")));
        Assert.Contains("the claim's speaker is “she”, a pronoun", Assert.Single(refused.Reasons));
        Assert.Equal("review", await app.Scalar<string>("select state from claim where id = @id", new { id }));
        Assert.Equal(0, await app.Count("journal", "instance_id = @id and trigger_name = 'submit_verdict'", new { id }));
        Assert.Equal(0, await app.Count("verdict", "claim_id = @id", new { id }));

        var version = await app.Scalar<long>("select row_version from claim where id = @id", new { id });
        await app.Send(new EditClaim.Command(id, checker, Speaker: "Shanon Zachidniak", ExpectedVersion: version));
        var submitted = await app.Send(new SubmitVerdict.Command(id, checker, "true", "The city's report says 40 beds."));
        Assert.Equal("editor_approval", submitted.State);
    }
}
