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
public sealed class ApprovalsModel(IMediator mediator, FactCheck.Data.DbSession db) : DeskPage(mediator)
{
    public sealed record Entry(ListAwaitingApproval.Item Item, GetClaim.Result Claim, IReadOnlyList<Published> AlreadyPublished);
    public sealed record Published(long ClaimId, string Slug, string Rating, DateTimeOffset At, string Text);

    public IReadOnlyList<Entry> Items { get; private set; } = [];

    public static readonly IReadOnlyDictionary<string, string> Relations = new Dictionary<string, string>
    {
        ["agrees"] = "agrees with it",
        ["differs"] = "differs from it (a different claim, or new evidence)",
        ["supersedes"] = "supersedes it (the earlier card should be corrected)",
    };

    public async Task<IActionResult> OnGet()
    {
        var entries = new List<Entry>();
        foreach (var i in await Mediator.Send(new ListAwaitingApproval.Query()))
            entries.Add(new Entry(i, await Mediator.Send(new GetClaim.Query(i.ClaimId, Me)), await AlreadyPublished(i.ClaimId)));
        Items = entries;
        return Page();
    }

    async Task<IReadOnlyList<Published>> AlreadyPublished(long claimId)
    {
        var list = new List<Published>();
        foreach (var m in (await Mediator.Send(new SimilarClaims.Query(claimId))).Where(m => m.IsSame && m.Slug is not null))
        {
            var at = await db.Scalar<DateTimeOffset?>("select max(published_at) from claim_card where slug = @Slug", new { m.Slug });
            list.Add(new Published(m.ClaimId, m.Slug!, m.Rating ?? "", at ?? default, m.Text));
        }
        return list;
    }

    IActionResult Back() => RedirectToPage();

    public Task<IActionResult> OnPostApprove(long id, long? version, string? relation) =>
        Act(async () =>
        {
            // The guard compared_with_published_cards refuses an approval that does not say how it relates to a published card.
            var published = await AlreadyPublished(id);
            var note = published.Count > 0 && relation is not null && Relations.TryGetValue(relation, out var said)
                ? $"Compared with the published card{(published.Count > 1 ? "s" : "")} {string.Join(", ", published.Select(p => $"{p.Slug} (rated {Rating(p.Rating)})"))}: {said}."
                : null;
            await Mediator.Send(new FireTrigger.Command(id, FactCheck.Workflow.ClaimWorkflow.Triggers.Approve, Me, note, version, Relation: string.IsNullOrEmpty(relation) ? null : relation));
            return $"Claim {id} approved; it is being published.";
        }, Back, OnGet);

    public Task<IActionResult> OnPostSendBack(long id, string? note, long? version) =>
        Act(async () => { await Mediator.Send(new FireTrigger.Command(id, FactCheck.Workflow.ClaimWorkflow.Triggers.SendBack, Me, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), version)); return $"Claim {id} sent back."; }, Back, OnGet);

    public static string Rating(string name) => FactCheck.Workflow.Ratings.Find(name)?.Label ?? name;
}
