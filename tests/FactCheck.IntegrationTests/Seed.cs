using FactCheck.Data;
using FactCheck.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.IntegrationTests;

public static class Seed
{
    public const string Password = "correct horse battery";

    /// <summary>Desk users with <see cref="Password"/>: checker, checker2 (factchecker), editor, editor2 (editor), admin, and eve (factchecker and editor).</summary>
    public static async Task DeskUsers(TestApp app)
    {
        foreach (var (name, roles) in new[] { ("checker", "factchecker"), ("checker2", "factchecker"), ("editor", "editor"), ("editor2", "editor"), ("admin", "admin"), ("eve", "factchecker,editor") })
            await app.Send(new Features.Users.AddUser.Command(name, roles.Split(','), Password));
    }

    /// <summary>
    /// Takes a new claim through the whole workflow to a published card; returns the claim id and the card's slug. The
    /// approval says the verdict differs from any similar published card, so tests may publish look-alike claims.
    /// </summary>
    public static async Task<(long Id, string Slug)> PublishedClaim(TestApp app, string text, string? speaker, string rating = "false", string summary = "It is not so.",
        string? rationale = null, string? channel = null, string? role = null)
    {
        var checker = await app.User("pub-checker", "factchecker");
        var editor = await app.User("pub-editor", "editor");
        var id = (await app.Send(new Features.Claims.AddClaim.Command(text, speaker, channel, SpeakerRole: role))).Id;
        // The worker runs between the steps, as on a live desk: work queued for a state the claim has left is cancelled.
        await app.Send(new Features.Claims.FireTrigger.Command(id, "start_lookup", checker));
        await app.Get<Workflows.Worker>().RunDue(); // suggest-sources
        await app.Send(new Features.Sources.AddSource.Command(id, checker, "https://example.org/source?a=1&b=2", "primary", "The \"primary\" source & more"));
        await app.Send(new Features.Claims.FireTrigger.Command(id, "start_review", checker));
        await app.Send(new Features.Verdicts.SubmitVerdict.Command(id, checker, rating, summary, rationale));
        await app.Get<Workflows.Worker>().RunDue(); // the editors are told a verdict awaits them
        await app.Send(new Features.Claims.FireTrigger.Command(id, "approve", editor, Relation: "differs"));
        await app.Get<Workflows.Worker>().RunDue();
        var slug = await app.Scalar<string>("select slug from claim_card where claim_id = @id", new { id }) ?? throw new InvalidOperationException($"claim {id} was not published");
        return (id, slug);
    }

    /// <summary>
    /// <paramref name="count"/> − 1 more due 'notify' jobs (event 'drain') on the drain instance <paramref name="instance"/>,
    /// inserted in one go: a backlog for workers to drain.
    /// </summary>
    public static async Task DrainJobs(TestApp app, long instance, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        await using var tx = await db.BeginAsync();
        await db.Execute("""
            insert into job (instance_id, activity, state, state_version, run_at, max_attempts, backoff_ms, idempotency_key, input, created_at)
            values (@instance, 'notify', 'queued', 0, @Now, 3, 1000, @Key, '{"event":"drain"}', @Now)
            """, Enumerable.Range(1, count - 1).Select(i => new { instance, Now = DateTimeOffset.UtcNow.AddSeconds(-1), Key = $"drain-{i}" }));
        await tx.CommitAsync();
    }

    /// <summary>A job of <paramref name="claim"/> that spent its 5 attempts, and its incident, as the job runner leaves them; returns the incident's id.</summary>
    public static async Task<long> Incident(TestApp app, long claim, string activity, string error, string key)
    {
        var now = DateTimeOffset.UtcNow;
        await app.Execute("""
            insert into job (instance_id, activity, state, state_version, run_at, attempts, max_attempts, backoff_ms, idempotency_key, status, last_error, created_at, finished_at)
            values (@claim, @activity, 'publishing', 5, @now, 5, 5, 1000, @key, 'failed', @error, @now, @now)
            """, new { claim, activity, now, key, error });
        var job = await app.Scalar<long>("select id from job where idempotency_key = @key", new { key });
        await app.Execute("insert into incident (job_id, instance_id, activity, error, created_at) values (@job, @claim, @activity, @error, @now)", new { job, claim, activity, error, now });
        await app.Execute("update claim set has_incident = 1 where id = @claim", new { claim });
        return await app.Scalar<long>("select id from incident where job_id = @job", new { job });
    }

    /// <summary>Opens instances of a (test) workflow the way AddClaim does for claim-review: a claim row, then the engine's start (journal + jobs).</summary>
    public static async Task<List<long>> Instances(TestApp app, string workflowId, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var definition = engine.Catalog.Latest(workflowId);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var ids = new List<long>();
        await using var tx = await db.BeginAsync();
        for (var i = 0; i < count; i++)
        {
            var id = await db.Insert("claim", "workflow_id, workflow_version, state, row_version, priority, text, has_incident, created_at, updated_at",
                "@Id, @Version, @Initial, 0, 0, @Text, 0, @Now, @Now", new { definition.Id, definition.Version, definition.Initial, Text = $"{workflowId} {i}", Now = now });
            await engine.Started(id, Actor.System);
            ids.Add(id);
        }
        await tx.CommitAsync();
        return ids;
    }
}
