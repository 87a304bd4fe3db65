using FactCheck.Features.Approvals;
using FactCheck.Features.Claims;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Desk;

/// <summary>Editors only (see Program.cs). The server refuses an approval of one's own verdict whatever the page shows.</summary>
public sealed class ApprovalsModel(IMediator mediator) : DeskPage(mediator)
{
    public IReadOnlyList<ListAwaitingApproval.Item> Items { get; private set; } = [];
    public long? MyId => Me.UserId;

    public async Task<IActionResult> OnGet()
    {
        Items = await Mediator.Send(new ListAwaitingApproval.Query());
        return Page();
    }

    IActionResult Back() => RedirectToPage();

    public Task<IActionResult> OnPostApprove(long id, long? version) =>
        Act(async () => { await Mediator.Send(new FireTrigger.Command(id, "approve", Me, null, version)); return $"Claim {id} approved; it is being published."; }, Back, OnGet);

    public Task<IActionResult> OnPostSendBack(long id, string? note, long? version) =>
        Act(async () => { await Mediator.Send(new FireTrigger.Command(id, "send_back", Me, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), version)); return $"Claim {id} sent back."; }, Back, OnGet);
}
