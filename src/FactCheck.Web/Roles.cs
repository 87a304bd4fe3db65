using System.Security.Claims;
using FactCheck.Workflows;

namespace FactCheck.Web;

public static class Roles
{
    public const string DeskPolicy = "desk";
    public const string EditorPolicy = "editor";
    public const string ApiPolicy = "api";

    /// <summary>The signed-in user as the engine's actor (id, name and roles from the cookie).</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("not signed in")),
        user.Identity?.Name ?? "?",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());

    /// <summary>What a path needs, for the 403 page.</summary>
    public static string Needed(string? path) => path?.StartsWith("/desk/approvals", StringComparison.OrdinalIgnoreCase) == true
        ? "the editor role"
        : "the factchecker, editor or admin role";
}
