using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages.Account;

/// <summary>Signs out: the session ends on the server too (a new session stamp), so the old cookie opens nothing if replayed.</summary>
public sealed class SignOutModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage("/Desk/Index") : Page();

    public async Task<IActionResult> OnPost()
    {
        if (User.Identity?.IsAuthenticated == true && User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } id && long.TryParse(id, out var userId))
            await mediator.Send(new FactCheck.Features.Users.SignOut.Command(userId));
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage();
    }
}
