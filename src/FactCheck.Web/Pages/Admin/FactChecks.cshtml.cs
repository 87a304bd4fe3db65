using FactCheck.Features.FactChecks;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Admin;

/// <summary>
/// Admins import other fact-checkers' published reviews (ClaimReview) from a URL, an uploaded file or pasted JSON-LD,
/// and see what is held. The same use case as `factcheck claimreview import`.
/// </summary>
public sealed class FactChecksModel(IMediator mediator, IHttpClientFactory httpFactory) : DeskPage(mediator)
{
    public IReadOnlyList<ListExternalChecks.Item> Items { get; private set; } = [];

    public async Task OnGet() => Items = await Mediator.Send(new ListExternalChecks.Query(200));

    public Task<IActionResult> OnPostImport(string? url, IFormFile? file, string? json) => Act(async () =>
    {
        var inputs = new List<ImportClaimReviews.Input>();
        if (!string.IsNullOrWhiteSpace(url)) inputs.Add(await ClaimReviewInputs.Fetch(url.Trim(), httpFactory.CreateClient("claimreview"), HttpContext.RequestAborted));
        if (file is { Length: > 0 })
        {
            if (file.Length > ImportClaimReviews.MaxBytes) throw new InputException(file.FileName, $"is larger than {ImportClaimReviews.MaxBytes / 1024 / 1024} MB");
            await using var s = file.OpenReadStream();
            inputs.Add(new ImportClaimReviews.Input(file.FileName, await ClaimReviewInputs.Text(file.FileName, s, HttpContext.RequestAborted)));
        }
        if (!string.IsNullOrWhiteSpace(json)) inputs.Add(new ImportClaimReviews.Input("the pasted text", json));
        if (inputs.Count == 0) throw new InputException("input", "give a URL, choose a file or paste ClaimReview JSON-LD");
        var r = await Mediator.Send(new ImportClaimReviews.Command(inputs, Me));
        return $"{r.Read} review{(r.Read == 1 ? "" : "s")} read: {r.Added} added, {r.Updated} updated. They now show as \"checked elsewhere\" where a claim matches.";
    }, () => RedirectToPage(), async () => { await OnGet(); return Page(); });
}
