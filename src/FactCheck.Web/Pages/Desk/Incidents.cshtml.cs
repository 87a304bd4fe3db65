using FactCheck.Features.Incidents;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Desk;

/// <summary>Editors and admins (see Program.cs): activities whose retries ran out, with their error, and a retry.</summary>
public sealed class IncidentsModel(IMediator mediator) : DeskPage(mediator)
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    public IReadOnlyList<ListIncidents.Item> Items { get; private set; } = [];

    public async Task<IActionResult> OnGet()
    {
        Items = await Mediator.Send(new ListIncidents.Query(All));
        return Page();
    }

    public Task<IActionResult> OnPostRetry(long id) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new RetryIncident.Command(id, Me));
            return $"Incident {r.IncidentId} resolved; its job on claim {r.InstanceId} runs again with a fresh retry budget.";
        }, () => RedirectToPage(), OnGet);
}
