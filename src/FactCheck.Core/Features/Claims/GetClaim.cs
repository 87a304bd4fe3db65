using FactCheck.Data;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// One claim with its sources, standing verdict (none after a send-back until a new one is written), every earlier
/// verdict, the editor's note when the verdict was sent back, the journal and, for an actor, the triggers they may fire now.
/// </summary>
public static class GetClaim
{
    public sealed record Query(long ClaimId, Actor? Actor = null) : IQuery<Result>;

    public sealed record Result(ClaimSql.ClaimRow Claim, IReadOnlyList<Source> Sources, Verdict? Verdict,
        IReadOnlyList<JournalRow> Journal, IReadOnlyList<PermittedTrigger> Triggers)
    {
        public Article? Article { get; init; }
        public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];
        /// <summary>Every verdict, newest first; superseded ones carry when.</summary>
        public IReadOnlyList<Verdict> History { get; init; } = [];
        /// <summary>Why the claim is back in review (the editor's send-back or correction note), until a new verdict is written.</summary>
        public JournalRow? SentBack { get; init; }
        /// <summary>The verdict the next one starts from: the standing one, else the last superseded one.</summary>
        public Verdict? Draft => Verdict ?? History.FirstOrDefault();
    }

    public sealed class Article
    {
        public long Id { get; init; }
        public string? Title { get; init; }
        public string? Outlet { get; init; }
        public string? Url { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public string Body { get; init; } = "";
    }

    public sealed class Suggestion
    {
        public string Name { get; init; } = "";
        public string Url { get; init; } = "";
        public string Reason { get; init; } = "";
    }
    public sealed class Source
    {
        public long Id { get; init; }
        public string Url { get; init; } = "";
        public string? Title { get; init; }
        public string Kind { get; init; } = "";
        public string? Passage { get; init; }
        public bool? QuoteFound { get; init; }
        public bool IsOriginal { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }
    public sealed class Verdict
    {
        public long Id { get; init; }
        public long AuthorId { get; init; }
        public string AuthorName { get; init; } = "";
        public string Rating { get; init; } = "";
        public string Summary { get; init; } = "";
        public string? Rationale { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? SupersededAt { get; init; }

        public IReadOnlyList<long> CitedSourceIds { get; set; } = [];
    }
    public sealed class JournalRow
    {
        public long Id { get; init; }
        public DateTimeOffset At { get; init; }
        public string Kind { get; init; } = "";
        public string Actor { get; init; } = "";
        public string? TriggerName { get; init; }
        public string? FromState { get; init; }
        public string? ToState { get; init; }
        public string? Note { get; init; }
    }

    public sealed class Handler(DbSession db, WorkflowEngine engine) : IQueryHandler<Query, Result>
    {
        const string Sources = "select id, url, title, kind, passage, quote_found, is_original, created_at from source where claim_id = @ClaimId and removed_at is null order by id";
        const string Verdicts = """
            select v.id, v.author_id, coalesce(u.display_name, u.name) as author_name, v.rating, v.summary, v.rationale, v.created_at, v.superseded_at
            from verdict v join app_user u on u.id = v.author_id where v.claim_id = @ClaimId order by v.id desc
            """;
        const string Journal = """
            select id, at, kind, actor, trigger_name, from_state, to_state, note
            from journal where instance_id = @ClaimId order by id
            """;

        public async ValueTask<Result> Handle(Query q, CancellationToken ct)
        {
            var claim = await ClaimSql.Get(db, q.ClaimId, ct);
            var sources = (await db.Query<Source>(Sources, q, ct)).ToList();
            var history = (await db.Query<Verdict>(Verdicts, q, ct)).ToList();
            foreach (var v in history)
                v.CitedSourceIds = (await db.Query<long>("select source_id from verdict_source where verdict_id = @Id order by source_id", new { v.Id }, ct)).ToList();
            var verdict = history.FirstOrDefault(v => v.SupersededAt is null);
            var journal = (await db.Query<JournalRow>(Journal, q, ct)).ToList();
            var back = journal.LastOrDefault(j => j.Kind == WorkflowEngine.TransitionKind && j.ToState == Workflow.ClaimWorkflow.States.Review
                                                  && j.FromState is Workflow.ClaimWorkflow.States.EditorApproval or Workflow.ClaimWorkflow.States.Published);
            var sentBack = verdict is null && claim.State == Workflow.ClaimWorkflow.States.Review && back is not null
                           && !journal.Any(j => j.Id > back.Id && j.Kind == WorkflowEngine.TransitionKind) ? back : null;
            var triggers = q.Actor is null ? [] : await engine.Permitted(q.ClaimId, q.Actor, ct);
            var article = claim.ArticleId is null ? null
                : await db.QuerySingleOrDefault<Article>("select id, title, outlet, url, published_at, body from article where id = @ArticleId", claim, ct);
            var suggestions = (await db.Query<Suggestion>("select name, url, reason from source_suggestion where claim_id = @ClaimId order by id", q, ct)).ToList();
            return new Result(claim, sources, verdict, journal, triggers) { Article = article, Suggestions = suggestions, History = history, SentBack = sentBack };
        }
    }
}
