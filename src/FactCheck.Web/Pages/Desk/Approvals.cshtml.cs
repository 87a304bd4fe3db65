using FactCheck.Features.Approvals;
using FactCheck.Features.Claims;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Desk;

/// <summary>
/// Editors only (see Program.cs). Each verdict comes with its evidence: the claim as checked, the claim in its article,
/// each source with its passage, the rationale, earlier verdicts, and cards already published on a similar claim — an
/// approval then says whether it supersedes, agrees with or differs from such a card. The server refuses an approval of
/// one's own verdict whatever the page shows.
/// </summary>
public sealed class ApprovalsModel(IMediator mediator) : DeskPage(mediator)
{
    public sealed record Entry(ListAwaitingApproval.Item Item, GetClaim.Result Claim, IReadOnlyList<PublishedOnSameClaim.Card> AlreadyPublished);

    public IReadOnlyList<Entry> Items { get; private set; } = [];

    public static IReadOnlyDictionary<string, string> Relations => PublishedOnSameClaim.Relations;

    public async Task<IActionResult> OnGet()
    {
        var entries = new List<Entry>();
        foreach (var i in await Mediator.Send(new ListAwaitingApproval.Query()))
            entries.Add(new Entry(i, await Mediator.Send(new GetClaim.Query(i.ClaimId, Me)), await Mediator.Send(new PublishedOnSameClaim.Query(i.ClaimId))));
        Items = entries;
        return Page();
    }

    IActionResult Back() => RedirectToPage();

    public Task<IActionResult> OnPostApprove(long id, long? version, string? relation) =>
        Act(async () =>
        {
            await Mediator.Send(new ApproveVerdict.Command(id, Me, string.IsNullOrEmpty(relation) ? null : relation, version));
            return $"Claim {id} approved; it is being published.";
        }, Back, OnGet);

    public Task<IActionResult> OnPostSendBack(long id, string? note, long? version) =>
        Act(async () => { await Mediator.Send(new SendBackVerdict.Command(id, Me, note, version)); return $"Claim {id} sent back."; }, Back, OnGet);

    public static string Rating(string name) => FactCheck.Workflow.Ratings.Find(name)?.Label ?? name;
}
