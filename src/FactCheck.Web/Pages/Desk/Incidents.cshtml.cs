using FactCheck.Features.Incidents;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Desk;

/// <summary>
/// Editors and admins (see Program.cs) read: activities whose retries ran out or that killed their workers, with the
/// error and attempts. Admins act: retry one, retry every open one of an activity, or resolve one with a note (each
/// journaled); the use cases refuse anyone else, whatever the page shows.
/// </summary>
public sealed class IncidentsModel(IMediator mediator) : DeskPage(mediator)
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [BindProperty(SupportsGet = true)] public string? Activity { get; set; }
    public IReadOnlyList<ListIncidents.Item> Items { get; private set; } = [];
    /// <summary>The activities with incidents, for the filter.</summary>
    public IReadOnlyList<string> Activities { get; private set; } = [];
    /// <summary>Whether this user may retry and resolve (admins); editors see the list only.</summary>
    public bool CanAct => User.IsInRole(FactCheck.Workflow.ClaimWorkflow.Roles.Admin);

    public async Task<IActionResult> OnGet()
    {
        var all = await Mediator.Send(new ListIncidents.Query(All));
        Activities = [.. all.Select(i => i.Activity).Distinct().Order(StringComparer.Ordinal)];
        Items = Activity is { Length: > 0 } a ? [.. all.Where(i => i.Activity == a)] : all;
        return Page();
    }

    object Here() => new { all = All ? "true" : null, activity = Activity };

    public Task<IActionResult> OnPostRetry(long id) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new RetryIncident.Command(id, Me));
            return $"Incident {r.IncidentId} resolved; its job on claim {r.InstanceId} runs again with a fresh retry budget.";
        }, () => RedirectToPage(Here()), OnGet);

    public Task<IActionResult> OnPostRetryMatching() =>
        Act(async () =>
        {
            var done = await Mediator.Send(new RetryIncident.Matching(Activity is { Length: > 0 } ? Activity : null, Me));
            return done.Count == 0 ? "No open incidents to retry." : $"{done.Count} incident(s) of {Activity ?? "every activity"} re-queued with a fresh retry budget.";
        }, () => RedirectToPage(Here()), OnGet);

    public Task<IActionResult> OnPostResolve(long id, string? note) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new ResolveIncident.Command(id, Me, note));
            return $"Incident {r.IncidentId} resolved without a retry; claim {r.InstanceId}'s journal has your note.";
        }, () => RedirectToPage(Here()), OnGet);
}
