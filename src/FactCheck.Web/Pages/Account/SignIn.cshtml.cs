using System.Security.Claims;
using FactCheck.Features.Users;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FactCheck.Web.Pages.Account;

[EnableRateLimiting("sign-in")]
public sealed class SignInModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPost()
    {
        try
        {
            var (actor, stamp) = await mediator.Send(new SignIn.Command(Name ?? "", Password ?? ""));
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, actor.UserId!.Value.ToString()), new(ClaimTypes.Name, actor.Name), new(Roles.StampClaim, stamp) };
            claims.AddRange(actor.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
            return Redirect(LocalUrl.Encode(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/desk"));
        }
        catch (FactCheckException ex)
        {
            ViewData["Error"] = ex.Message;
            Response.StatusCode = ex.HttpStatus; // 400 for a refusal; 503 when the database cannot take the write

            return Page();
        }
    }
}
