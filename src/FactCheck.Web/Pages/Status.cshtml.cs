using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages;

/// <summary>The page for error statuses: 403 names the role the page needs.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);
    public void OnPost(int code) => Describe(code);

    void Describe(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        Response.StatusCode = code;
        (Title, Explanation) = code switch
        {
            403 => ("Not allowed", $"This page needs {Roles.Needed(original)}. You are signed in as {User.Identity?.Name}; ask an admin for the role if you need it."),
            404 => ("Not found", "There is no such page or claim."),
            400 => ("Bad request", "The form could not be accepted (it may have expired, or lacks its anti-forgery token). Go back, reload the page and try again."),
            429 => ("Too many attempts", "Too many sign-in attempts from here. Wait a minute and try again."),
            _ => ("Something went wrong", $"Status {code}."),
        };
    }
}
