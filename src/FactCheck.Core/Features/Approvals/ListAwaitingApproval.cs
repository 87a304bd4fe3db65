using FactCheck.Data;
using Mediator;

namespace FactCheck.Features.Approvals;

/// <summary>Verdicts waiting for an editor: the claim, its latest verdict and who wrote it, oldest first.</summary>
public static class ListAwaitingApproval
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed class Item
    {
        public long ClaimId { get; init; }
        public long RowVersion { get; init; }
        public string Text { get; init; } = "";
        public string? Speaker { get; init; }
        public DateTimeOffset? DueAt { get; init; }
        public long VerdictId { get; init; }
        public string Rating { get; init; } = "";
        public string Summary { get; init; } = "";
        public long AuthorId { get; init; }
        public string AuthorName { get; init; } = "";
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        const string Sql = """
            select c.id as claim_id, c.row_version, c.text, c.speaker, c.due_at, v.id as verdict_id, v.rating, v.summary, v.author_id, coalesce(u.display_name, u.name) as author_name
            from claim c
            join verdict v on v.id = (select max(v2.id) from verdict v2 where v2.claim_id = c.id and v2.superseded_at is null)
            join app_user u on u.id = v.author_id
            where c.state = @State
            order by c.due_at, c.id
            """;

        public async ValueTask<IReadOnlyList<Item>> Handle(Query q, CancellationToken ct) => (await db.Query<Item>(Sql, new { State = Workflow.ClaimWorkflow.States.EditorApproval }, ct)).ToList();
    }
}
