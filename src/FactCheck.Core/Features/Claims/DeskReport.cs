using FactCheck.Workflow;
using FactCheck.Data;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// How the desk is doing: over the last <c>Days</c>, claims opened, published (first versions) and how long they took
/// from intake to publication, corrections, archived and unverifiable, sent back, ratings given, and who did what;
/// and now, the open claims per state with how many are overdue and the oldest.
/// </summary>
public static class DeskReport
{
    public sealed record Query(int Days = 30) : IQuery<Result>;

    public sealed record Result(DateTimeOffset Since, DateTimeOffset Now, long Opened, int Published, TimeSpan? MedianToPublish, TimeSpan? P90ToPublish,
        long Corrected, long Archived, long Unverifiable, long SentBack, IReadOnlyList<Count> Ratings, IReadOnlyList<Person> People, IReadOnlyList<Open> Queue);

    public sealed record Count(string Name, long N);
    public sealed record Person(string Name, long Verdicts, long Approved, long SentBack);
    public sealed record Open(string State, long Claims, long Overdue, DateTimeOffset Oldest);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Days).InclusiveBetween(1, 366);
    }

    sealed class PublishedRow { public DateTimeOffset CreatedAt { get; init; } public DateTimeOffset PublishedAt { get; init; } public string Rating { get; init; } = ""; }
    sealed class ActionRow { public string Actor { get; init; } = ""; public string TriggerName { get; init; } = ""; public long N { get; init; } }
    sealed class QueueRow { public string State { get; init; } = ""; public long Claims { get; init; } public long Overdue { get; init; } public DateTimeOffset Oldest { get; init; } }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query q, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var since = now.AddDays(-q.Days);
            var args = new { since, now };
            var published = (await db.Query<PublishedRow>("""
                select c.created_at, k.published_at, k.rating from claim_card k join claim c on c.id = k.claim_id
                where k.version = 1 and k.published_at >= @since
                """, args, ct)).ToList();
            var took = published.Select(p => p.PublishedAt - p.CreatedAt).Order().ToList();
            TimeSpan? At(double share) => took.Count == 0 ? null : took[(int)Math.Min(took.Count - 1, Math.Floor(share * took.Count))];
            var actions = (await db.Query<ActionRow>("""
                select actor, trigger_name, count(*) as n from journal
                where kind = 'transition' and at >= @since and trigger_name in ('submit_verdict', 'approve', 'send_back')
                group by actor, trigger_name
                """, args, ct)).ToList();
            long Of(string actor, string trigger) => actions.Where(a => a.Actor == actor && a.TriggerName == trigger).Sum(a => a.N);
            var people = actions.Select(a => a.Actor).Distinct().Order(StringComparer.Ordinal)
                .Select(a => new Person(a, Of(a, ClaimWorkflow.Triggers.SubmitVerdict), Of(a, ClaimWorkflow.Triggers.Approve), Of(a, ClaimWorkflow.Triggers.SendBack))).ToList();
            var queue = (await db.Query<QueueRow>("""
                select state, count(*) as claims, sum(case when due_at < @now then 1 else 0 end) as overdue, min(created_at) as oldest
                from claim where state not in ('published', 'archived', 'unverifiable')
                group by state
                """, args, ct)).Select(r => new Open(r.State, r.Claims, r.Overdue, r.Oldest)).OrderBy(r => r.State, StringComparer.Ordinal).ToList();
            return new Result(since, now,
                Opened: await db.Scalar<long>("select count(*) from claim where created_at >= @since", args, ct),
                Published: published.Count, MedianToPublish: At(0.5), P90ToPublish: At(0.9),
                Corrected: await db.Scalar<long>("select count(*) from claim_card where version > 1 and published_at >= @since", args, ct),
                Archived: await db.Scalar<long>("select count(*) from journal where kind = 'transition' and to_state = 'archived' and at >= @since", args, ct),
                Unverifiable: await db.Scalar<long>("select count(*) from journal where kind = 'transition' and to_state = 'unverifiable' and at >= @since", args, ct),
                SentBack: actions.Where(a => a.TriggerName == ClaimWorkflow.Triggers.SendBack).Sum(a => a.N),
                Ratings: published.GroupBy(p => p.Rating).Select(g => new Count(g.Key, g.Count())).OrderByDescending(c => c.N).ThenBy(c => c.Name, StringComparer.Ordinal).ToList(),
                People: people, Queue: queue);
        }
    }
}
