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
