using FactCheck.Data;
using FactCheck.Publishing;
using FactCheck.Workflows;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// A state's due time passed. If the claim is still where the timer was set (same row version), the journal records
/// <c>overdue</c> and the state's escalation runs: priority rises and the queue's role gets an <c>overdue</c> event.
/// </summary>
public sealed class DueTimer(DbSession db, WorkflowCatalog catalog, PublishingOptions publishing, TimeProvider clock) : IActivity
{
    public const string Name = WorkflowEngine.DueTimer;

    sealed class Row
    {
        public string WorkflowId { get; init; } = "";
        public int WorkflowVersion { get; init; }
        public long RowVersion { get; init; }
    }

    public async Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        var claim = await db.QuerySingleOrDefault<Row>("select workflow_id, workflow_version, row_version from claim where id = @InstanceId", c, ct);
        if (claim is null || claim.RowVersion != c.StateVersion) return ActivityResult.Done(journal: null); // moved on: nothing is overdue
        var state = catalog.Get(claim.WorkflowId, claim.WorkflowVersion).States[c.State];
        var escalation = state.Escalation ?? new Escalation(1, null);
        var role = escalation.Notify ?? state.Queue;
        var message = $"overdue in {state.Title}: priority +{escalation.RaisePriority}{(role is null ? "" : $", {role} notified")}";
        return ActivityResult.Done(message, SqlCommit.In(async (tx, token) =>
        {
            var now = clock.GetUtcNow();
            await tx.Execute("update claim set priority = priority + @RaisePriority, updated_at = @now where id = @InstanceId",
                new { escalation.RaisePriority, now, c.InstanceId }, token);
            await Outbox.Add(tx, publishing, c, "overdue", role, new { claim = c.InstanceId, state = c.State, due = state.Due?.ToString() }, now, token);
        }), journal: "overdue");
    }
}
