using FactCheck.Features.Tokens;
using FactCheck.Features.Users;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Admin;

/// <summary>Admins create API tokens for integrators (shown once, on the answer to the POST, never stored) and revoke them.</summary>
public sealed class TokensModel(IMediator mediator) : DeskPage(mediator)
{
    public IReadOnlyList<ApiTokens.Item> Tokens { get; private set; } = [];
    public IReadOnlyList<ListUsers.Item> Users { get; private set; } = [];
    /// <summary>The token just created: on this one page only, not in TempData or any cookie.</summary>
    public ApiTokens.Created? Created { get; private set; }

    public async Task OnGet()
    {
        Tokens = await Mediator.Send(new ApiTokens.List());
        Users = await Mediator.Send(new ListUsers.Query());
    }

    async Task<IActionResult> Again() { await OnGet(); return Page(); }

    public async Task<IActionResult> OnPostCreate(string? name, string? user)
    {
        try
        {
            Created = await Mediator.Send(new ApiTokens.Create((name ?? "").Trim(), user ?? "", Me));
            ViewData["Message"] = $"Token {Created.Name} created. Copy it now: it is shown this once and only its hash is kept.";
            Response.Headers.CacheControl = "no-store";
        }
        catch (FactCheckException ex)
        {
            ViewData["Error"] = ex.Message;
            Response.StatusCode = ex.HttpStatus;
        }
        return await Again();
    }

    public Task<IActionResult> OnPostRevoke(string name) =>
        Act(async () => { await Mediator.Send(new ApiTokens.Revoke(name, Me)); return $"Token {name} revoked; requests with it are refused from now on."; },
            () => RedirectToPage(), Again);
}
