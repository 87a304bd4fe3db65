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
    public IReadOnlyList<FactCheck.Search.ClaimMatches.Match> Similar { get; private set; } = [];
    /// <summary>Speakers the article's claims name: the edit form offers them.</summary>
    public IReadOnlyList<string> ArticleSpeakers { get; private set; } = [];
    /// <summary>Desk users an editor may assign the claim to.</summary>
    public IReadOnlyList<(string Name, string Display)> Colleagues { get; private set; } = [];

    public async Task<IActionResult> OnGet()
    {
        try { Claim = await Mediator.Send(new GetClaim.Query(Id, Me)); }
        catch (NotFoundException) { return NotFound(); }
        Definition = catalog.Get(Claim.Claim.WorkflowId, Claim.Claim.WorkflowVersion);
        CardSlug = await db.Scalar<string>("select slug from claim_card where claim_id = @Id order by version desc", new { Id });
        Similar = await Mediator.Send(new SimilarClaims.Query(Id));
        if (Claim.Claim.ArticleId is { } article)
            ArticleSpeakers = (await db.Query<string>("select distinct speaker from claim where article_id = @article and speaker is not null order by speaker", new { article })).ToList();
        if (User.IsInRole("editor"))
            Colleagues = (await Mediator.Send(new FactCheck.Features.Users.ListUsers.Query()))
                .Where(u => FactCheck.Features.Users.UserSql.ParseRoles(u.Roles).Overlaps([FactCheck.Workflow.ClaimWorkflow.Roles.FactChecker, FactCheck.Workflow.ClaimWorkflow.Roles.Editor]))
                .Select(u => (u.Name, u.DisplayName ?? u.Name)).ToList();
        return Page();
    }

    IActionResult Back() => RedirectToPage(new { Id });

    /// <summary>A state's title ("Editor approval"), also in a post's message, before the page has loaded the claim's definition.</summary>
    public string StateTitle(string state) =>
        (Definition ?? catalog.Latest(FactCheck.Workflow.ClaimWorkflow.Id)).States.TryGetValue(state, out var s) ? s.Title ?? state : state;

    public Task<IActionResult> OnPostTake() =>
        Act(async () => { await Mediator.Send(new TakeClaim.Command(Id, Me)); return "The claim is yours."; }, Back, OnGet);

    public Task<IActionResult> OnPostRelease() =>
        Act(async () => { await Mediator.Send(new ReleaseClaim.Command(Id, Me)); return "The claim is back in the queue."; }, Back, OnGet);

    public Task<IActionResult> OnPostAssign(string? user) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new AssignClaim.Command(Id, Me, string.IsNullOrWhiteSpace(user) ? null : user));
            return r.Assignee is null ? "Nobody holds the claim now." : $"The claim is assigned to {r.Assignee}.";
        }, Back, OnGet);

    public Task<IActionResult> OnPostFire(string trigger, string? note, string? publicNote, long? version, bool confirmed = false, string? relation = null) =>
        Act(async () =>
        {
            if (Secondary.Contains(trigger) && !confirmed)
                throw new InputException("confirmed", $"tick “I am sure” to {trigger.Replace('_', ' ')}: it takes the claim off the desk");
            var r = await Mediator.Send(FireTrigger.For(Id, trigger, Me, Blank(note), version, Blank(publicNote), Blank(relation)));
            return $"Done: {StateTitle(r.From)} → {StateTitle(r.To)}.";
        }, Back, OnGet);

    /// <summary>The correction text as readers will see it, before it is sent (no script: a round trip).</summary>
    public string? PublicPreview { get; private set; }
    public string? InternalDraft { get; private set; }

    public async Task<IActionResult> OnPostPreviewCorrection(string? note, string? publicNote)
    {
        var page = await OnGet();
        (InternalDraft, PublicPreview) = (note, string.IsNullOrWhiteSpace(publicNote) ? null : publicNote.Trim());
        if (PublicPreview is null) ViewData["Error"] = "Write the correction for readers to preview it.";
        return page;
    }

    /// <summary>Triggers that take a claim off the desk: shown apart, each behind an "I am sure".</summary>
    public static readonly IReadOnlySet<string> Secondary = new HashSet<string> { FactCheck.Workflow.ClaimWorkflow.Triggers.Archive, FactCheck.Workflow.ClaimWorkflow.Triggers.MarkUnverifiable };

    public Task<IActionResult> OnPostEdit(string? statement, string? speaker, string? speakerKind, string? channel, string? articleUrl, long? version, string? speakerRole) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new EditClaim.Command(Id, Me, statement ?? "", speaker ?? "", speakerKind ?? "", channel ?? "",
                articleUrl, version, speakerRole ?? ""));
            return r.Changes.Count == 0 ? "Nothing was changed." : $"Edited: {string.Join("; ", r.Changes)}." +
                (r.State == FactCheck.Workflow.ClaimWorkflow.States.Review && Claim?.Claim.State != FactCheck.Workflow.ClaimWorkflow.States.Review ? " The verdict was withdrawn: write a new one." : "");
        }, Back, OnGet);

    /// <summary>A claim the extractor missed, added by hand to this claim's article: the words of the article it rests on are found and highlighted.</summary>
    public Task<IActionResult> OnPostAddClaim(string? statement, string? speaker, string? evidence)
    {
        long added = 0;
        return Act(async () =>
        {
            var article = (await Mediator.Send(new GetClaim.Query(Id))).Claim.ArticleId ?? throw new InputException("article", "this claim has no article to add a claim to");
            added = (await Mediator.Send(new AddClaim.Command(statement?.Trim() ?? "", Blank(speaker), ArticleId: article, Actor: Me, Evidence: Blank(evidence)))).Id;
            return $"Claim {added} added to the article.";
        }, () => RedirectToPage(new { Id = added }), OnGet);
    }

    public Task<IActionResult> OnPostSource(string url, string? title, string kind, string? passage, bool quoteFound, bool original) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new AddSource.Command(Id, Me, url?.Trim() ?? "", kind, Blank(title), Blank(passage), quoteFound, original));
            return $"Source #{r.SourceId} added.";
        }, Back, OnGet);

    public Task<IActionResult> OnPostEditSource(long source, string url, string? title, string kind, string? passage, bool quoteFound, bool original) =>
        Act(async () =>
        {
            await Mediator.Send(new EditSource.Command(source, Me, url?.Trim() ?? "", kind, Blank(title), Blank(passage), quoteFound, original));
            return $"Source #{source} corrected.";
        }, Back, OnGet);

    public Task<IActionResult> OnPostRemoveSource(long source, string? note) =>
        Act(async () => { await Mediator.Send(new EditSource.Remove(source, Me, Blank(note))); return $"Source #{source} removed."; }, Back, OnGet);

    public Task<IActionResult> OnPostVerdict(string? rating, string summary, string? rationale, long[]? cite, long? version) =>
        Act(async () =>
        {
            var r = await Mediator.Send(new SubmitVerdict.Command(Id, Me, rating ?? "", summary?.Trim() ?? "", Blank(rationale), cite, version));
            return $"Verdict submitted; the claim is now in {StateTitle(r.State)}.";
        }, Back, OnGet);

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
