using FactCheck.Data;
using FactCheck.Workflows;

namespace FactCheck.Features.Claims;

/// <summary>SQL shared by the claim slices.</summary>
public static class ClaimSql
{
    public sealed class ClaimRow
    {
        public long Id { get; init; }
        public string WorkflowId { get; init; } = "";
        public int WorkflowVersion { get; init; }
        public string State { get; init; } = "";
        public long RowVersion { get; init; }
        public int Priority { get; init; }
        public DateTimeOffset? DueAt { get; init; }
        public long? AssigneeId { get; init; }
        public string? AssigneeName { get; init; }
        public string Text { get; init; } = "";
        public string? Speaker { get; init; }
        public string? SpeakerKind { get; init; }
        public string? SpeakerRole { get; init; }
        public string? Channel { get; init; }
        public string? Quote { get; init; }
        public long? ArticleId { get; init; }
        public long? SpanStart { get; init; }
        public long? SpanEnd { get; init; }
        public bool HasIncident { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
    }

    public const string Select = """
        select c.id, c.workflow_id, c.workflow_version, c.state, c.row_version, c.priority, c.due_at, c.assignee_id,
               u.name as assignee_name, c.text, c.speaker, c.speaker_kind, c.speaker_role, c.channel, c.quote, c.article_id, c.span_start, c.span_end,
               c.has_incident, c.created_at, c.updated_at
        from claim c left join app_user u on u.id = c.assignee_id
        """;

    public static async Task<ClaimRow> Get(DbSession db, long id, CancellationToken ct) =>
        await db.QuerySingleOrDefault<ClaimRow>(Select + " where c.id = @id", new { id }, ct) ?? throw new NotFoundException("claim", id);

    public static Task Journal(DbSession db, long claimId, string kind, Actor actor, DateTimeOffset at, string? note, CancellationToken ct) =>
        new Workflow.SqlWorkflowStore(db).Note(claimId, at, kind, actor, null, null, note, ct);

    /// <summary>Throws a <see cref="RefusedException"/> unless the actor holds one of the roles.</summary>
    public static void Require(Actor actor, string action, params string[] roles)
    {
        if (!roles.Any(actor.Roles.Contains))
            throw new RefusedException([$"{action} needs the role {string.Join(" or ", roles)}; {actor.Name} has {(actor.Roles.Count == 0 ? "no role" : string.Join(", ", actor.Roles))}"]);
    }
}
