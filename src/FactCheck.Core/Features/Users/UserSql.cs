using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;

namespace FactCheck.Features.Users;

/// <summary>Looks users up as the engine's <see cref="Actor"/>; the rules every access change shares.</summary>
public static class UserSql
{
    /// <summary>
    /// Refuses an access change by anyone but an admin, whatever page or route it came through; <paramref name="by"/>
    /// null is the operator at the command line (or the demo seed), trusted as the one who made the first admin.
    /// </summary>
    public static void RequireAdmin(Actor? by, string doing)
    {
        if (by is not null && !by.Roles.Contains("admin")) throw new RefusedException([$"only an admin {doing}"]);
    }

    /// <summary>Each role given must be one the desk knows.</summary>
    public static void KnownRoles<T>(this IRuleBuilderInitialCollection<T, string> rule) =>
        rule.Must(ClaimWorkflow.Roles.UserRoles.Contains).WithMessage((_, role) => $"unknown role '{role}'; use factchecker, editor or admin");

    sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Roles { get; init; } = "";
    }

    /// <summary>
    /// A short stamp of a password hash and the user's session stamp, kept in the session cookie: setting a new password,
    /// or signing out (which changes the session stamp), ends every session issued before.
    /// </summary>
    public static string Stamp(string? passwordHash, string? sessionStamp) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes((passwordHash ?? "") + "\n" + (sessionStamp ?? ""))))[..16];

    public static IReadOnlySet<string> ParseRoles(string roles) =>
        roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();

    public static async Task<Actor> ActorByName(DbSession db, string name, CancellationToken ct = default)
    {
        var row = await db.QuerySingleOrDefault<Row>("select id, name, roles from app_user where name = @name", new { name }, ct)
                  ?? throw new NotFoundException("user", name);
        return new Actor(row.Id, row.Name, ParseRoles(row.Roles));
    }

}
