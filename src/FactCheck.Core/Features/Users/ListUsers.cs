using FactCheck.Data;
using Mediator;

namespace FactCheck.Features.Users;

/// <summary>Every user for the admin page: name, roles, whether a password is set and whether sign-in is locked.</summary>
public static class ListUsers
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed class Item
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string? DisplayName { get; init; }
        public string Roles { get; init; } = "";
        public bool HasPassword { get; init; }
        public DateTimeOffset? LockedUntil { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query q, CancellationToken ct) =>
            (await db.Query<Item>("""
                select id, name, display_name, roles, case when password_hash is null then 0 else 1 end as has_password,
                       locked_until, created_at
                from app_user order by name
                """, ct: ct)).ToList();
    }
}
