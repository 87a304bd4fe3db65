using FactCheck.Data;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Users;

/// <summary>
/// Who changed access to the desk, and when: users added, roles changed, passwords set, API tokens created and
/// revoked. Each entry is written in the transaction of the change it records; passwords and tokens never appear.
/// </summary>
public static class Audit
{
    /// <summary>The actor's name (<c>cli</c> for the command line); <c>system</c> when no one is named (the demo seed).</summary>
    public static Task Write(DbSession db, DateTimeOffset at, Actor? by, string action, string subject, string? detail, CancellationToken ct) =>
        db.Execute("insert into audit_entry (at, actor, action, subject, detail) values (@at, @Actor, @action, @subject, @detail)",
            new { at, Actor = by?.Name ?? "system", action, subject, detail }, ct);

    public sealed record Query(int Limit = 20) : IQuery<IReadOnlyList<Entry>>;

    public sealed class Entry
    {
        public long Id { get; init; }
        public DateTimeOffset At { get; init; }
        public string Actor { get; init; } = "";
        public string Action { get; init; } = "";
        public string Subject { get; init; } = "";
        public string? Detail { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Limit).InclusiveBetween(1, 1000);
    }

    /// <summary>The newest entries first.</summary>
    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Entry>>
    {
        public async ValueTask<IReadOnlyList<Entry>> Handle(Query q, CancellationToken ct) =>
            (await db.Query<Entry>(db.Dialect.Page("select id, at, actor, action, subject, detail from audit_entry order by id desc"),
                new { Take = q.Limit, Skip = 0 }, ct)).ToList();
    }
}
