using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using FactCheck.Data;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Events;

/// <summary>
/// The event feed (the outbox): a verdict awaiting approval, a claim overdue, a card published. With <c>After</c>,
/// the events after that id, oldest first (an integrator's cursor); without, the newest first, before <c>Before</c> if
/// given (the desk's notifications, page by page). <c>Roles</c> keeps the events addressed to one of those roles or to everyone.
/// </summary>
public static class ListEvents
{
    /// <param name="UserId">With <c>Roles</c>: also the events addressed to this user (and not those addressed to someone else).</param>
    public sealed record Query(long? After = null, int Limit = 50, IReadOnlyCollection<string>? Roles = null, long? Before = null, long? UserId = null) : IQuery<IReadOnlyList<Item>>;

    /// <summary>One event as the API and webhooks give it.</summary>
    public sealed record Item(long Id, string Event, long? ClaimId, string? Role, DateTimeOffset At, JsonNode? Data, string Text, long? RecipientId = null)
    {
        /// <summary>The event's kind in words: "Verdict sent back".</summary>
        public string Title => Event.Length == 0 ? Event : char.ToUpperInvariant(Event[0]) + Event[1..].Replace('_', ' ').Replace(".", " ");
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.After).GreaterThanOrEqualTo(0);
            RuleFor(q => q.Limit).InclusiveBetween(1, 500);
        }
    }

    sealed class Row
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public long? InstanceId { get; init; }
        public string? Role { get; init; }
        public long? RecipientId { get; init; }
        public string? Payload { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }

    const string Select = "select id, kind, instance_id, role, recipient_id, payload, created_at from outbox";

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query q, CancellationToken ct)
        {
            var args = new DynamicParameters(new { q.After, q.Before, Take = q.Limit, Skip = 0 });
            var where = new List<string>();
            if (q.After is not null) where.Add("id > @After");
            else if (q.Before is not null) where.Add("id < @Before");
            if (q.Roles is not null) where.Add(RoleFilter(q.Roles, q.UserId, args));
            var sql = Select + (where.Count == 0 ? "" : " where " + string.Join(" and ", where)) + (q.After is null ? " order by id desc" : " order by id");
            return (await db.Query<Row>(db.Dialect.Page(sql), args, ct)).Select(ToEvent).ToList();
        }
    }

    /// <summary>
    /// How many events for these roles (null: all) are newer than the last one this user saw, counting no further than
    /// <see cref="UnseenCap"/>: it runs on every desk page, and someone who never opens the page must not make it slow.
    /// </summary>
    public sealed record Unseen(long UserId, IReadOnlyCollection<string>? Roles) : IQuery<long>;
    public const int UnseenCap = 100;

    public sealed class UnseenHandler(DbSession db) : IQueryHandler<Unseen, long>
    {
        public async ValueTask<long> Handle(Unseen q, CancellationToken ct)
        {
            var args = new DynamicParameters(new { q.UserId, Take = UnseenCap, Skip = 0 });
            var sql = "select id from outbox where id > (select events_seen_id from app_user where id = @UserId)";
            if (q.Roles is not null) sql += " and " + RoleFilter(q.Roles, q.UserId, args);
            return (await db.Query<long>(db.Dialect.Page(sql + " order by id"), args, ct)).Count();
        }
    }

    /// <summary>The user has seen the events up to this id (the newest on the page they opened); never moves back.</summary>
    public sealed record MarkSeen(long UserId, long UpTo) : ICommand<Unit>;

    public sealed class MarkSeenHandler(DbSession db) : ICommandHandler<MarkSeen, Unit>
    {
        public async ValueTask<Unit> Handle(MarkSeen c, CancellationToken ct)
        {
            await db.Execute("update app_user set events_seen_id = @UpTo where id = @UserId and events_seen_id < @UpTo", c, ct);
            return Unit.Value;
        }
    }

    /// <summary>
    /// Events addressed to one of the roles or to everyone, and those addressed to this user; never another user's
    /// (Dapper's list expansion is spelled out for Npgsql).
    /// </summary>
    static string RoleFilter(IReadOnlyCollection<string> roles, long? userId, DynamicParameters args)
    {
        var list = roles.ToArray();
        for (var i = 0; i < list.Length; i++) args.Add("R" + i, list[i]);
        args.Add("Me", userId ?? -1);
        var byRole = list.Length == 0 ? "role is null" : $"(role is null or role in ({string.Join(", ", list.Select((_, i) => "@R" + i))}))";
        return $"((recipient_id is null and {byRole}) or recipient_id = @Me)";
    }

    /// <summary>The event written under this idempotency key (what a push-event job delivers).</summary>
    public static async Task<Item?> ByKey(DbSession db, string key, CancellationToken ct) =>
        (await db.Query<Row>(Select + " where idempotency_key = @key", new { key }, ct)).Select(ToEvent).FirstOrDefault();

    static Item ToEvent(Row r)
    {
        var data = r.Payload is null ? null : JsonNode.Parse(r.Payload);
        return new Item(r.Id, r.Kind, r.InstanceId, r.Role, r.CreatedAt, data, Describe(r.Kind, r.InstanceId, data), r.RecipientId);
    }

    /// <summary>The event in words, for the desk and for chat tools that show a webhook's text.</summary>
    public static string Describe(string kind, long? claim, JsonNode? data)
    {
        var subject = claim is null ? "" : $"Claim {claim}";
        return kind switch
        {
            "verdict_awaiting_approval" => $"{subject}: a verdict awaits an editor's approval.",
            "claim_assigned" => $"{subject} was given to you by {data?["by"]?.GetValue<string>() ?? "an editor"}.",
            "verdict_sent_back" => $"{subject}: your verdict was sent back by {data?["by"]?.GetValue<string>() ?? "an editor"}" +
                                   (data?["note"]?.GetValue<string>() is { Length: > 0 } why ? $": {why}" : "."),
            "overdue" => $"{subject} is overdue in {data?["state"]?.GetValue<string>()?.Replace('_', ' ') ?? "its state"}.",
            "card.published" => $"{subject} was published as {data?["slug"]?.GetValue<string>() ?? "a card"}.",
            _ => $"{subject}: {kind.Replace('_', ' ')}.",
        };
    }
}
