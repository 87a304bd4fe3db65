using FactCheck.Features.Claims;
using FactCheck.Features.Sources;
using FactCheck.Features.Verdicts;
using FactCheck.Workflows;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Desk;

public sealed class ClaimModel(IMediator mediator, WorkflowCatalog catalog, FactCheck.Data.DbSession db) : DeskPage(mediator)
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    public GetClaim.Result? Claim { get; private set; }
    public WorkflowDefinition? Definition { get; private set; }
    public string? CardSlug { get; private set; }
    public IReadOnlyList<SimilarClaims.Match> Similar { get; private set; } = [];

    public async Task<IActionResult> OnGet()
    {
        try { Claim = await Mediator.Send(new GetClaim.Query(Id, Me)); }
        catch (NotFoundException) { return NotFound(); }
        Definition = catalog.Get(Claim.Claim.WorkflowId, Claim.Claim.WorkflowVersion);
        CardSlug = await db.Scalar<string>("select slug from claim_card where claim_id = @Id order by version desc", new { Id });
        Similar = await Mediator.Send(new SimilarClaims.Query(Id));
        return Page();
    }

    IActionResult Back() => RedirectToPage(new { Id });

    public Task<IActionResult> OnPostTake() =>
        Act(async () => { await Mediator.Send(new TakeClaim.Command(Id, Me)); return "The claim is yours."; }, Back, OnGet);

    public Task<IActionResult> OnPostRelease() =>
        Act(async () => { await Mediator.Send(new ReleaseClaim.Command(Id, Me)); return "The claim is back in the queue."; }, Back, OnGet);

    public Task<IActionResult> OnPostFire(string trigger, string? note, long? version) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new FireTrigger.Command(Id, trigger, Me, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), version));
            return $"{trigger}: {r.From} → {r.To}.";
        }, Back, OnGet);

    public Task<IActionResult> OnPostSource(string url, string? title, string kind, string? passage, bool quoteFound) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new AddSource.Command(Id, Me, url?.Trim() ?? "", kind, Blank(title), Blank(passage), quoteFound));
            return $"Source #{r.SourceId} added.";
        }, Back, OnGet);

    public Task<IActionResult> OnPostVerdict(string rating, string summary, string? rationale, long[]? cite, long? version) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new SubmitVerdict.Command(Id, Me, rating, summary?.Trim() ?? "", Blank(rationale), cite, version));
            return $"Verdict submitted; the claim is now in {r.State}.";
        }, Back, OnGet);

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
