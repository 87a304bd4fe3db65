using FactCheck.Features.Events;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Desk;

/// <summary>The events addressed to the signed-in user's roles or to everyone, newest first (admins see all).</summary>
public sealed class NotificationsModel(IMediator mediator) : DeskPage(mediator)
{
    const int PageSize = 50;
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }
    public IReadOnlyList<ListEvents.Item> Items { get; private set; } = [];
    public long? Older { get; private set; }

    public async Task<IActionResult> OnGet()
    {
        var roles = Me.Roles.Contains("admin") ? null : Me.Roles;
        var items = await Mediator.Send(new ListEvents.Query(Limit: PageSize + 1, Roles: roles, Before: Before is > 0 ? Before : null, UserId: Me.UserId));
        Items = items.Take(PageSize).ToList();
        Older = items.Count > PageSize ? Items[^1].Id : null;
        // The first page shows the newest events: they count as seen from now on (the nav stops counting them).
        if (Before is null && Items.Count > 0 && Me.UserId is long me) await Mediator.Send(new ListEvents.MarkSeen(me, Items[0].Id));
        return Page();
    }
}
