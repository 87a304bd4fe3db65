using System.Text;
using Dapper;
using FactCheck.Data;
using FactCheck.Workflows;

namespace FactCheck.Workflow;

/// <summary>The engine's instances are claim rows; the journal and jobs are shared tables.</summary>
public sealed class SqlWorkflowStore(DbSession db) : IWorkflowStore
{
    const string Load_ = "select id, workflow_id, workflow_version, state, row_version as version from claim where id = @Id";

    const string Journal = """
        insert into journal (instance_id, at, kind, actor, actor_id, trigger_name, from_state, to_state, note, payload)
        values (@InstanceId, @At, @Kind, @Actor, @ActorId, @Trigger, @FromState, @ToState, @Note, @Payload);
        """;


    const string Cancel = "update job set status = 'cancelled' where instance_id = @instanceId and activity = 'due-timer' and state = @state and status = 'pending'";

    sealed class Row
    {
        public long Id { get; init; }
        public string WorkflowId { get; init; } = "";
        public int WorkflowVersion { get; init; }
        public string State { get; init; } = "";
        public long Version { get; init; }
    }

    public async Task<InstanceState?> Load(long instanceId, CancellationToken ct)
    {
        var r = await db.QuerySingleOrDefault<Row>(Load_, new { Id = instanceId }, ct);
        return r is null ? null : new InstanceState(r.Id, r.WorkflowId, r.WorkflowVersion, r.State, r.Version);
    }

    /// <summary>
    /// The versioned update, the journal row and the jobs in one command (one round trip), each insert conditional on the
    /// update having hit its row: SQLite chains on changes(), PostgreSQL on a data-modifying CTE, SQL Server on @@rowcount.
    /// </summary>
    public async Task<bool> TryMove(long instanceId, long expectedVersion, string newState, DateTimeOffset at, DateTimeOffset? dueAt,
        JournalEntry entry, IReadOnlyList<JobRequest> jobs, CancellationToken ct)
    {
        var args = new DynamicParameters(entry);
        args.AddDynamicParams(new { Id = instanceId, Expected = expectedVersion, State = newState, DueAt = dueAt, MovedAt = at });
        var values = JobValues(jobs, args);
        const string JournalCols = "instance_id, at, kind, actor, actor_id, trigger_name, from_state, to_state, note, payload";
        const string JournalVals = "@InstanceId, @At, @Kind, @Actor, @ActorId, @Trigger, @FromState, @ToState, @Note, @Payload";
        const string Set = "set state = @State, row_version = row_version + 1, due_at = @DueAt, updated_at = @MovedAt where id = @Id and row_version = @Expected";
        var sql = db.Provider switch
        {
            DbProvider.Postgres => jobs.Count == 0
                ? $"with moved as (update claim {Set} returning id) insert into journal ({JournalCols}) select {JournalVals} from moved"
                : $"with moved as (update claim {Set} returning id), j as (insert into journal ({JournalCols}) select {JournalVals} from moved) " +
                  $"{JobInsert} select * from (values {values}) as v where exists (select 1 from moved)",
            DbProvider.Sqlite => $"update claim {Set}; insert into journal ({JournalCols}) select {JournalVals} where changes() = 1;" +
                (jobs.Count == 0 ? "" : $" {JobInsert} select * from (values {values}) where changes() = 1;"),
            _ => $"update claim {Set}; if @@rowcount = 1 begin insert into journal ({JournalCols}) values ({JournalVals});" +
                (jobs.Count == 0 ? "" : $" {JobInsert} values {values};") + " end",
        };
        return await db.Execute(sql, args, ct) > 0;
    }

    const string JobInsert = "insert into job (instance_id, activity, state, state_version, run_at, max_attempts, backoff_ms, then_trigger, idempotency_key, input, created_at)";

    static string JobValues(IReadOnlyList<JobRequest> jobs, DynamicParameters args)
    {
        var values = new StringBuilder();
        for (var i = 0; i < jobs.Count; i++)
        {
            var j = jobs[i];
            var p = "J" + i;
            values.Append(i == 0 ? "" : ", ").Append($"(@{p}I, @{p}A, @{p}S, @{p}V, @{p}R, @{p}M, @{p}B, @{p}T, @{p}K, @{p}N, @{p}R)");
            args.Add(p + "I", j.InstanceId); args.Add(p + "A", j.Activity); args.Add(p + "S", j.State); args.Add(p + "V", j.StateVersion);
            args.Add(p + "R", j.RunAt); args.Add(p + "M", j.MaxAttempts); args.Add(p + "B", j.BackoffMs); args.Add(p + "T", j.Then);
            args.Add(p + "K", j.IdempotencyKey); args.Add(p + "N", j.Input);
        }
        return values.ToString();
    }

    /// <summary>The journal row and every job in one command.</summary>
    public Task Record(JournalEntry e, IReadOnlyList<JobRequest> jobs, CancellationToken ct)
    {
        if (jobs.Count == 0) return db.Execute(Journal, e, ct);
        var args = new DynamicParameters(e);
        return db.Execute($"{Journal} {JobInsert} values {JobValues(jobs, args)}", args, ct);
    }

    public Task CancelTimers(long instanceId, string state, CancellationToken ct) => db.Execute(Cancel, new { instanceId, state }, ct);
}
