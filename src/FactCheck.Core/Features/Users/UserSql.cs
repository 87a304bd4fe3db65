using FactCheck.Data;
using FactCheck.Workflows;

namespace FactCheck.Features.Users;

/// <summary>Looks users up as the engine's <see cref="Actor"/>.</summary>
public static class UserSql
{
    sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Roles { get; init; } = "";
    }

    /// <summary>A short stamp of a password hash, kept in the session cookie: setting a new password ends other sessions.</summary>
    public static string Stamp(string? passwordHash) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(passwordHash ?? "")))[..16];

    public static IReadOnlySet<string> ParseRoles(string roles) =>
        roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();

    public static async Task<Actor> ActorByName(DbSession db, string name, CancellationToken ct = default)
    {
        var row = await db.QuerySingleOrDefault<Row>("select id, name, roles from app_user where name = @name", new { name }, ct)
                  ?? throw new NotFoundException("user", name);
        return new Actor(row.Id, row.Name, ParseRoles(row.Roles));
    }

}
