using System.Security.Claims;
using FactCheck.Data;
using FactCheck.Features.Users;
using FactCheck.Workflows;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FactCheck.Web;

public static class Roles
{
    public const string DeskPolicy = "desk";
    public const string EditorPolicy = "editor";
    /// <summary>Editors and admins: the desk report.</summary>
    public const string LeadPolicy = "lead";
    public const string ApiPolicy = "api";
    public const string AdminPolicy = "admin";
    public const string StampClaim = "factcheck:stamp";

    /// <summary>The signed-in user as the engine's actor (id, name and roles from the cookie).</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("not signed in")),
        user.Identity?.Name ?? "?",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());

    /// <summary>What a path needs, for the 403 page.</summary>
    public static string Needed(string? path) =>
        path?.StartsWith("/desk/approvals", StringComparison.OrdinalIgnoreCase) == true ? "the editor role"
        : path?.StartsWith("/desk/report", StringComparison.OrdinalIgnoreCase) == true ? "the editor or admin role"
        : path?.StartsWith("/desk/incidents", StringComparison.OrdinalIgnoreCase) == true ? "the editor or admin role"
        : path?.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) == true ? "the admin role"
        : "the factchecker, editor or admin role";

    /// <summary>
    /// Every request: the cookie's roles are replaced by the user's roles in the database; a deleted user, or a session
    /// from before the user's password was set again or before they signed out, is signed out. One primary-key lookup; it makes an admin's changes
    /// apply at once.
    /// </summary>
    public static async Task Revalidate(CookieValidatePrincipalContext ctx)
    {
        var principal = ctx.Principal;
        if (principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } text || !long.TryParse(text, out var id))
        {
            ctx.RejectPrincipal();
            return;
        }
        var db = ctx.HttpContext.RequestServices.GetRequiredService<DbSession>();
        var user = await db.QuerySingleOrDefault<Row>("select roles, password_hash, session_stamp from app_user where id = @id", new { id }, ctx.HttpContext.RequestAborted);
        if (user is null || principal.FindFirstValue(StampClaim) != UserSql.Stamp(user.PasswordHash, user.SessionStamp))
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var now = UserSql.ParseRoles(user.Roles);
        if (now.SetEquals(principal.FindAll(ClaimTypes.Role).Select(c => c.Value))) return;
        var claims = principal.Claims.Where(c => c.Type != ClaimTypes.Role).Select(c => new Claim(c.Type, c.Value))
            .Concat(now.Select(r => new Claim(ClaimTypes.Role, r)));
        ctx.ReplacePrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
        ctx.ShouldRenew = true;
    }

    sealed class Row
    {
        public string Roles { get; init; } = "";
        public string? PasswordHash { get; init; }
        public string SessionStamp { get; init; } = "";
    }
}
