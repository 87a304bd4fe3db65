using FactCheck.Workflows;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages;

/// <summary>Thin page models: bind, Send, show the result or the error in plain words.</summary>
public abstract class DeskPage(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;
    protected Actor Me => User.Actor();

    /// <summary>Runs a use case; a refusal, a conflict or bad input becomes a message on the page with a matching status.</summary>
    protected async Task<IActionResult> Act(Func<Task<string>> action, Func<IActionResult> then, Func<Task<IActionResult>> showAgain)
    {
        try
        {
            TempData["Message"] = await action();
            return then();
        }
        catch (FactCheckException ex)
        {
            ViewData["Error"] = ex is ConflictException ? ex.Message + " Nothing was changed; this is the claim as it is now." : ex.Message;
            Response.StatusCode = ex.HttpStatus;
            return await showAgain();
        }
    }
}
