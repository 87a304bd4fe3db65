using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages;

/// <summary>
/// The page for error statuses: 403 names the role the page needs. The status comes from the pipeline only (the
/// status-code or exception re-execution): nothing in the request can choose it, and a visit to /status/N by hand is
/// a 404.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    /// <summary>Whether the failed request was for the desk (desk, admin, account pages) rather than the public site.</summary>
    public bool ForDesk { get; private set; } = true;

    public IActionResult OnGet() => Describe();
    public IActionResult OnPost() => Describe();
    public IActionResult OnPut() => Describe();
    public IActionResult OnDelete() => Describe();
    public IActionResult OnPatch() => Describe();

    IActionResult Describe()
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var code = reExecuted?.OriginalStatusCode ?? (failed is null ? 404 : Response.StatusCode);
        var path = reExecuted?.OriginalPath ?? failed?.Path ?? "";
        ForDesk = path.StartsWith("/desk", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/admin", StringComparison.OrdinalIgnoreCase)
                  || path.StartsWith("/account", StringComparison.OrdinalIgnoreCase);
        if (code is < 400 or > 599) code = 500;
        Response.StatusCode = code;
        (Title, Explanation) = code switch
        {
            403 => ("Not allowed", $"This page needs {Roles.Needed(reExecuted?.OriginalPath)}. You are signed in as {User.Identity?.Name}; ask an admin for the role if you need it."),
            404 => ("Not found", ForDesk ? "There is no such page or claim." : "There is no such page or fact check."),
            405 => ("Not possible here", "This address does not take that kind of request."),
            400 => ("Bad request", "The form could not be accepted (it may have expired, lacks its anti-forgery token, or holds a value that is not allowed). Go back, reload the page and try again."),
            413 => ("Too large", "What was sent is larger than the desk accepts. Send a shorter text or a smaller file."),
            429 => ("Too many attempts", "Too many sign-in attempts from here. Wait a minute and try again."),
            503 => ("Unavailable", "The desk cannot reach or write to its database just now; nothing was changed. Try again in a minute; if it lasts, tell whoever runs the desk."),
            _ => ("Something went wrong", $"Status {code}. Nothing more is shown here; the desk's log has the details."),
        };
        // The API answers in its own format, problem+json, even for errors the pipeline raised.
        if ((reExecuted?.OriginalPath ?? failed?.Path)?.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true)
            return new JsonResult(new { title = Title, status = code, detail = Explanation }) { StatusCode = code, ContentType = "application/problem+json" };
        return Page();
    }
}
