using FactCheck.Workflow;
using FactCheck.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static FactCheck.UnitTests.InMemoryDesk;

namespace FactCheck.UnitTests;

/// <summary>The engine and its job runtime on the shipped claim-review definition, in memory with a fake clock.</summary>
public sealed class EngineInMemoryTests : IDisposable
{
    readonly InMemoryDesk _desk = new();
    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task A_claim_goes_through_the_whole_lifecycle_of_claim_review()
    {
        var d = _desk;
        var id = await d.Open();
        Assert.Equal(["start"], d.Store.Journal.Select(e => e.Kind));
        Assert.Equal(WorkflowEngine.DueTimer, Assert.Single(d.Store.Jobs).Request.Activity); // intake is due in a day

        Assert.True((await d.Fire(id, "start_lookup", Ann)).Moved);
        Assert.Equal("cancelled", d.Store.Jobs[0].Status); // intake's timer: the claim left intake
        Assert.Equal(1, await d.RunDue());
        Assert.Equal([$"suggest-sources#{id}"], d.Script.Ran);

        var refused = await d.Fire(id, "start_review", Ann);
        Assert.Equal(FireStatus.Refused, refused.Status);
        Assert.Equal(["no primary source"], refused.Reasons);
        d.Facts.PrimarySources.Add(id);
        Assert.True((await d.Fire(id, "start_review", Ann)).Moved);

        d.Facts.Verdicts[id] = Ann.UserId!.Value;
        Assert.True((await d.Fire(id, "submit_verdict", Ann)).Moved);
        Assert.Equal(ClaimWorkflow.States.EditorApproval, d.State(id));
        var own = await d.Fire(id, "approve", Ann);
        Assert.Equal(FireStatus.Refused, own.Status);
        Assert.Contains("four-eyes", Assert.Single(own.Reasons));
        Assert.True((await d.Fire(id, "approve", Ed)).Moved);

        // notify (on entering approval) and publish-card, whose follow-up fires "published".
        Assert.Equal(2, await d.RunDue());
        Assert.Equal(ClaimWorkflow.States.Published, d.State(id));
        Assert.Equal([(id, 1)], d.Facts.Cards);
        var last = d.Store.Journal[^1];
        Assert.Equal(("transition", "published", "system", "after publish-card"), (last.Kind, last.Trigger, last.Actor, last.Note));

        // A correction needs both notes, then the claim is back in review with a new verdict to write.
        Assert.Contains("public text for readers", Assert.Single((await d.Fire(id, "correct", Ed, note: "wrong figure")).Reasons));
        Assert.True((await d.Fire(id, "correct", Ed, note: "wrong figure", publicNote: "The figure was 14 %, not 41 %.")).Moved);
        Assert.Equal(ClaimWorkflow.States.Review, d.State(id));

        // Two days later nothing is overdue but review itself (due in a day); its timer fires once.
        d.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await d.RunDue());
        Assert.Equal("overdue", d.Store.Journal[^1].Kind);
        Assert.Equal(0, await d.RunDue());
        Assert.All(d.Store.Jobs, j => Assert.Contains(j.Status, new[] { "done", "cancelled" }));
        // The row version counts the transitions: start_lookup, start_review, submit_verdict, approve, published, correct.
        Assert.Equal(1 + d.Store.Journal.Count(e => e.Kind == "transition"), d.Store.Instances.Single().Version);
        Assert.Equal(6, d.Store.Journal.Count(e => e.Kind == "transition"));
    }

    [Fact]
    public async Task A_refused_or_unknown_trigger_writes_nothing()
    {
        var id = await _desk.Open();
        var (journal, jobs) = (_desk.Store.Journal.Count, _desk.Store.Jobs.Count);
        Assert.Equal(FireStatus.Refused, (await _desk.Fire(id, "start_lookup", Reader)).Status);
        Assert.Equal(FireStatus.Refused, (await _desk.Fire(id, "approve", Ed)).Status);
        Assert.Equal(FireStatus.Refused, (await _desk.Fire(id, "archive", Ann)).Status); // needs a note
        Assert.Equal(FireStatus.NotFound, (await _desk.Fire(id + 100, "archive", Ann, note: "dup")).Status);
        Assert.Equal((journal, jobs, 1L), (_desk.Store.Journal.Count, _desk.Store.Jobs.Count, _desk.Store.Instances.Single().Version));
    }

    [Fact]
    public async Task A_verdict_whose_claim_names_no_one_goes_nowhere_and_writes_nothing()
    {
        var id = await _desk.Open();
        _desk.Facts.PrimarySources.Add(id);
        _desk.Facts.Verdicts[id] = Ann.UserId!.Value;
        Assert.True((await _desk.Fire(id, "start_lookup", Ann)).Moved);
        Assert.True((await _desk.Fire(id, "start_review", Ann)).Moved);
        var (journal, jobs, version) = (_desk.Store.Journal.Count, _desk.Store.Jobs.Count, _desk.Store.Instances.Single().Version);
        foreach (var (speaker, why) in new[] { ("She", "the claim's speaker is “She”, a pronoun"), ("  ", "the claim names no speaker"), ("A", "the claim's speaker is “A”, a Q&A's label") })
        {
            _desk.Facts.Speakers[id] = speaker;
            var refused = await _desk.Fire(id, "submit_verdict", Ann);
            Assert.Equal(FireStatus.Refused, refused.Status);
            Assert.Contains(why, Assert.Single(refused.Reasons));
        }
        Assert.Equal((journal, jobs, version, "review"), (_desk.Store.Journal.Count, _desk.Store.Jobs.Count, _desk.Store.Instances.Single().Version, _desk.State(id)));
        _desk.Facts.Speakers[id] = "Shanon Zachidniak";
        Assert.True((await _desk.Fire(id, "submit_verdict", Ann)).Moved);
    }

    [Fact]
    public async Task A_failing_activity_backs_off_then_becomes_an_incident_and_a_retry_runs_it_again()
    {
        var d = _desk;
        var id = await ToPublishing(d);
        d.Script.Outcomes["publish-card"] = _ => ActivityResult.Retry("the card host answered 503");
        var publish = d.Store.Jobs.Single(j => j.Request.Activity == "publish-card");
        for (var attempt = 1; attempt <= publish.Request.MaxAttempts; attempt++)
        {
            Assert.Equal(1, await d.RunDue());
            var now = d.Store.Jobs.Single(j => j.Id == publish.Id);
            Assert.Equal(attempt, now.Attempts);
            if (attempt < publish.Request.MaxAttempts)
            {
                // 30 s × 2^(attempt−1), ±20 %: not due a moment before the lower bound, due at the upper one.
                var wait = now.RunAt - d.Clock.GetUtcNow();
                var nominal = TimeSpan.FromSeconds(30 * Math.Pow(2, attempt - 1));
                Assert.InRange(wait, nominal * 0.8, nominal * 1.2);
                Assert.Equal(0, await d.RunDue());
                d.Clock.Advance(wait);
            }
        }
        var incident = Assert.Single(d.Store.Incidents);
        Assert.Contains("retries spent: the card host answered 503", incident.Error);
        Assert.True(d.Store.Instances.Single().HasIncident);
        Assert.Equal(ClaimWorkflow.States.Publishing, d.State(id));

        d.Script.Outcomes.Remove("publish-card");
        await using (var scope = d.Get<IServiceScopeFactory>().CreateAsyncScope())
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<Incidents>().Retry(incident.Id, Ed, default));
        Assert.False(d.Store.Instances.Single().HasIncident);
        Assert.Equal(1, await d.RunDue());
        Assert.Equal(ClaimWorkflow.States.Published, d.State(id));
        Assert.Equal(["incident", "incident_retry"], d.Store.Journal.Where(e => e.Kind.StartsWith("incident")).Select(e => e.Kind));
    }

    [Fact]
    public async Task A_job_whose_worker_dies_three_times_becomes_an_incident_instead_of_running_a_fourth_time()
    {
        var d = _desk;
        await ToPublishing(d);
        var runner = d.Get<JobRunner>();
        for (var lapse = 0; lapse < 3; lapse++)
        {
            Assert.Contains(await runner.Claim("dead-worker", 10, default), j => j.Activity == "publish-card"); // leased, then the worker "dies"
            d.Clock.Advance(d.Options.Lease + TimeSpan.FromSeconds(1));
        }
        Assert.Empty(await runner.Claim("next-worker", 10, default));
        var job = d.Store.Jobs.Single(j => j.Request.Activity == "publish-card");
        Assert.Equal(("failed", 3), (job.Status, job.Lapses));
        Assert.Contains("lease lapsed 3 times", Assert.Single(d.Store.Incidents).Error);
        Assert.Empty(d.Facts.Cards);
    }

    [Fact]
    public async Task Work_queued_for_a_state_the_claim_has_left_is_cancelled_and_journaled()
    {
        var d = _desk;
        var id = await d.Open();
        await d.Fire(id, "start_lookup", Ann);
        await d.Fire(id, "archive", Ann, note: "a duplicate");
        Assert.Equal(1, await d.RunDue());
        Assert.Empty(d.Script.Ran);
        var cancelled = d.Store.Journal[^1];
        Assert.Equal(("job_cancelled", "suggest-sources"), (cancelled.Kind, cancelled.Trigger));
        Assert.Contains("now in archived: not run", cancelled.Note);
        Assert.Equal("cancelled", d.Store.Jobs.Single(j => j.Request.Activity == "suggest-sources").Status);
    }

    [Fact]
    public async Task A_commit_that_throws_rolls_back_with_the_done_mark_and_is_retried()
    {
        var d = _desk;
        var id = await ToPublishing(d);
        var fail = true;
        d.Script.Outcomes["publish-card"] = c => ActivityResult.Done("card", async (services, ct) =>
        {
            await services.GetRequiredService<IWorkflowStore>().Record(new JournalEntry(c.InstanceId, d.Clock.GetUtcNow(), "half-written", "system", null, null, null, null, null, null), [], ct);
            if (fail) throw new InvalidOperationException("the card's slug is taken");
        });
        Assert.Equal(1, await d.RunDue());
        var job = d.Store.Jobs.Single(j => j.Request.Activity == "publish-card");
        Assert.Equal(("pending", "the card's slug is taken"), (job.Status, job.LastError));
        Assert.DoesNotContain(d.Store.Journal, e => e.Kind == "half-written");
        Assert.Equal(ClaimWorkflow.States.Publishing, d.State(id));

        fail = false;
        d.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await d.RunDue());
        Assert.Equal(ClaimWorkflow.States.Published, d.State(id));
        Assert.Single(d.Store.Journal, e => e.Kind == "half-written");
    }

    [Fact]
    public async Task A_claim_left_in_a_state_past_its_due_time_is_escalated_once()
    {
        var d = _desk;
        var id = await d.Open();
        d.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await d.RunDue());
        d.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await d.RunDue());
        Assert.Equal([$"{WorkflowEngine.DueTimer}#{id}"], d.Script.Ran);
        Assert.Equal("overdue", d.Store.Journal[^1].Kind);
    }

    /// <summary>A claim approved by Ed after Ann's verdict, publish-card queued; notify already run.</summary>
    static async Task<long> ToPublishing(InMemoryDesk d)
    {
        var id = await d.Open();
        d.Facts.PrimarySources.Add(id);
        d.Facts.Verdicts[id] = Ann.UserId!.Value;
        foreach (var (trigger, actor) in new[] { ("start_lookup", Ann), ("start_review", Ann), ("submit_verdict", Ann) })
            Assert.True((await d.Fire(id, trigger, actor)).Moved, trigger);
        Assert.Equal(2, await d.RunDue()); // suggest-sources, notify
        Assert.True((await d.Fire(id, "approve", Ed)).Moved);
        d.Script.Ran.Clear();
        return id;
    }
}
