using Dapper;
using FactCheck.Data;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// A page of claims by state, queue (the role whose states they are in), assignee, speaker, article, overdue, or words
/// of the claim (every word, matched as <see cref="Search.Analyzer.Terms"/> normalises them: "offensives" finds
/// "offensive"), highest priority and earliest due first.
/// </summary>
public static class ListClaims
{
    public sealed record Query(string? State = null, string? Queue = null, long? AssigneeId = null, bool Unassigned = false,
        int Page = 1, int PageSize = 50, string? Speaker = null, long? ArticleId = null, DateTimeOffset? OverdueAt = null, string? Words = null) : IQuery<Result>;
    public sealed class Item
    {
        public long Id { get; init; }
        public string State { get; init; } = "";
        public long RowVersion { get; init; }
        public int Priority { get; init; }
        public DateTimeOffset? DueAt { get; init; }
        public string? AssigneeName { get; init; }
        public string Text { get; init; } = "";
        public string? Speaker { get; init; }
        public string? Channel { get; init; }
        public bool HasIncident { get; init; }
    }
    public sealed record Result(IReadOnlyList<Item> Items, int Page, int PageSize, bool HasMore);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
            RuleFor(q => q.PageSize).InclusiveBetween(1, 500);
        }
    }

    public sealed class Handler(DbSession db, WorkflowCatalog catalog) : IQueryHandler<Query, Result>
    {
        const string Select = """
            select c.id, c.state, c.row_version, c.priority, c.due_at, u.name as assignee_name, c.text, c.speaker, c.channel, c.has_incident
            from claim c left join app_user u on u.id = c.assignee_id
            """;

        public async ValueTask<Result> Handle(Query q, CancellationToken ct)
        {
            var where = new List<string>();
            var args = new DynamicParameters(new { q.State, q.AssigneeId, q.ArticleId, q.OverdueAt, Speaker = q.Speaker is null ? null : "%" + q.Speaker.ToLowerInvariant() + "%", Skip = Paging.Skip(q.Page, q.PageSize), Take = q.PageSize + 1 });
            if (q.State is not null) where.Add("c.state = @State");
            if (q.Queue is not null)
            {
                // Spelled out rather than Dapper's list expansion, which Npgsql turns into an array parameter.
                var states = catalog.All.SelectMany(d => d.States.Values).Where(s => s.Queue == q.Queue).Select(s => s.Name).Distinct().ToArray();
                for (var i = 0; i < states.Length; i++) args.Add("Q" + i, states[i]);
                where.Add(states.Length == 0 ? "1 = 0" : $"c.state in ({string.Join(", ", states.Select((_, i) => "@Q" + i))})");
            }
            if (q.AssigneeId is not null) where.Add("c.assignee_id = @AssigneeId");
            if (q.Unassigned) where.Add("c.assignee_id is null");
            if (q.Speaker is not null) where.Add("lower(c.speaker) like @Speaker");
            if (q.ArticleId is not null) where.Add("c.article_id = @ArticleId");
            if (q.OverdueAt is not null) where.Add("c.due_at < @OverdueAt");
            if (q.Words is not null)
            {
                var terms = Search.Analyzer.Terms(q.Words);
                if (terms.Count == 0) throw new InputException(nameof(q.Words), $"'{q.Words}' has no word to search for (common words such as 'the' or 'said' are left out)");
                for (var i = 0; i < terms.Count; i++) args.Add("W" + i, terms[i]);
                args.Add("WordCount", terms.Count);
                where.Add($"c.id in (select claim_id from claim_term where term in ({string.Join(", ", terms.Select((_, i) => "@W" + i))}) group by claim_id having count(*) = @WordCount)");
            }
            var sql = Select + (where.Count > 0 ? " where " + string.Join(" and ", where) : "") + " order by c.priority desc, c.due_at, c.id";
            // One row more than asked tells whether there is a next page without counting the whole queue.
            var rows = (await db.Query<Item>(db.Dialect.Page(sql), args, ct)).ToList();
            var hasMore = rows.Count > q.PageSize;
            if (hasMore) rows.RemoveAt(rows.Count - 1);
            return new Result(rows, q.Page, q.PageSize, hasMore);
        }
    }
}
