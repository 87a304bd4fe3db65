using System.Security.Cryptography;
using System.Text;
using FactCheck.Data;
using FactCheck.Features.Users;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Tokens;

/// <summary>API tokens for integrators: shown once when created, stored only as a SHA-256 hash, revocable.</summary>
public static class ApiTokens
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <param name="By">The admin creating it; null when the operator does it (CLI).</param>
    public sealed record Create(string Name, string UserName, Actor? By = null) : ICommand<Created>;
    public sealed record Created(string Name, string Token);

    public sealed class CreateValidator : AbstractValidator<Create>
    {
        public CreateValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Matches("^[A-Za-z0-9._-]+$").WithMessage("a token name is letters, digits and . _ - only");
    }

    public sealed class CreateHandler(DbSession db, TimeProvider clock) : ICommandHandler<Create, Created>
    {
        public async ValueTask<Created> Handle(Create cmd, CancellationToken ct)
        {
            UserSql.RequireAdmin(cmd.By, "creates API tokens");
            var user = await UserSql.ActorByName(db, cmd.UserName, ct);
            if (await db.Scalar<long>("select count(*) from api_token where name = @Name", cmd, ct) > 0)
                throw new InputException("name", $"a token named '{cmd.Name}' already exists");
            var token = "fc_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            await db.Execute("insert into api_token (name, user_id, token_hash, created_at) values (@Name, @UserId, @Hash, @Now)",
                new { cmd.Name, user.UserId, Hash = Hash(token), Now = clock.GetUtcNow() }, ct);
            await Audit.Write(db, clock.GetUtcNow(), cmd.By, "token.created", cmd.Name, $"acts as {cmd.UserName}", ct);
            return new Created(cmd.Name, token);
        }
    }

    public sealed record Revoke(string Name, Actor? By = null) : ICommand<bool>;

    public sealed class RevokeHandler(DbSession db, TimeProvider clock) : ICommandHandler<Revoke, bool>
    {
        public async ValueTask<bool> Handle(Revoke cmd, CancellationToken ct)
        {
            UserSql.RequireAdmin(cmd.By, "revokes API tokens");
            if (await db.Execute("update api_token set revoked_at = @Now where name = @Name and revoked_at is null", new { cmd.Name, Now = clock.GetUtcNow() }, ct) == 0)
                throw new NotFoundException("active token", cmd.Name);
            await Audit.Write(db, clock.GetUtcNow(), cmd.By, "token.revoked", cmd.Name, null, ct);
            return true;
        }
    }

    /// <summary>Every token, active ones first: name, whose roles it acts with, when made, last used, revoked.</summary>
    public sealed record List : IQuery<IReadOnlyList<Item>>;

    public sealed class Item
    {
        public string Name { get; init; } = "";
        public string User { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? LastUsedAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
    }

    public sealed class ListHandler(DbSession db) : IQueryHandler<List, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(List q, CancellationToken ct) => (await db.Query<Item>("""
            select t.name, u.name as "user", t.created_at, t.last_used_at, t.revoked_at
            from api_token t join app_user u on u.id = t.user_id
            order by case when t.revoked_at is null then 0 else 1 end, t.name
            """, ct: ct)).ToList();
    }

    sealed class Row
    {
        public long TokenId { get; init; }
        public long UserId { get; init; }
        public string UserName { get; init; } = "";
        public string Roles { get; init; } = "";
    }

    /// <summary>The user a presented token stands for, or null for an unknown or revoked token.</summary>
    public static async Task<Actor?> Authenticate(DbSession db, string token, DateTimeOffset now, CancellationToken ct = default)
    {
        var row = await db.QuerySingleOrDefault<Row>("""
            select t.id as token_id, u.id as user_id, u.name as user_name, u.roles
            from api_token t join app_user u on u.id = t.user_id
            where t.token_hash = @Hash and t.revoked_at is null
            """, new { Hash = Hash(token) }, ct);
        if (row is null) return null;
        // At most one write a minute per token: reading the API needs no write (a read-only database still answers).
        // It is a usage hint, not a gate: a database that cannot be written to still lets the token read.
        try
        {
            await db.Execute("update api_token set last_used_at = @now where id = @TokenId and (last_used_at is null or last_used_at < @minuteAgo)",
                new { now, minuteAgo = now.AddMinutes(-1), row.TokenId }, ct);
        }
        catch (System.Data.Common.DbException ex) when (DbErrors.Translate(ex) is UnavailableException) { }
        return new Actor(row.UserId, row.UserName, UserSql.ParseRoles(row.Roles));
    }
}
