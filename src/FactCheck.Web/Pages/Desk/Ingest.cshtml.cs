using System.Text;
using FactCheck.Extraction;
using FactCheck.Features.Articles;
using FactCheck.Features.Claims;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Desk;

public sealed class IngestModel(IMediator mediator, IntakeOptions intake) : DeskPage(mediator)
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Outlet { get; set; }
    [BindProperty] public string? Published { get; set; }
    [BindProperty(Name = "url")] public string? ArticleUrl { get; set; }
    [BindProperty] public string? Text { get; set; }

    public IReadOnlyList<Attribution>? Preview { get; private set; }
    /// <summary>Per attribution of the preview, a claim that says the same, if any: one already checked first, else one on the desk.</summary>
    public IReadOnlyList<FactCheck.Search.ClaimMatches.Match?> AlreadyOnDesk { get; private set; } = [];
    public IReadOnlyList<FactCheck.Search.ClaimMatches.Match?> Related { get; private set; } = [];
    public double Threshold => intake.MinCheckworthiness;

    public void OnGet() { }

    public async Task<IActionResult> OnPostPreview(IFormFile? file)
    {
        if (file is { Length: > 0 })
        {
            if (file.Length > 5_000_000) return Fail("The file is larger than 5 MB; paste the article instead.");
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms);
            var bytes = ms.ToArray();
            if (Array.IndexOf(bytes, (byte)0) >= 0) return Fail($"{file.FileName} looks binary; upload a UTF-8 .txt file.");
            try { Text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'); }
            catch (DecoderFallbackException) { return Fail($"{file.FileName} is not UTF-8 text; save it as UTF-8 and try again."); }
        }
        if (string.IsNullOrWhiteSpace(Text)) return Fail("Paste the article text or choose a .txt file.");
        var preview = await Mediator.Send(new PreviewArticle.Query(Text));
        Preview = preview.Attributions;
        if (Preview.Count == 0) ViewData["Error"] = "No attributed claims were found in this text.";
        // The same claim, already checked first (ours, then another organisation's); a related one is shown but stays ticked.
        (AlreadyOnDesk, Related) = (preview.Same, preview.Related);
        return Page();
    }

    public Task<IActionResult> OnPostOpen(int[]? selected, int[]? duplicates, bool confirmDuplicates = false)
    {
        if (!confirmDuplicates && (selected ?? []).Intersect(duplicates ?? []).ToList() is { Count: > 0 } dup)
        {
            ViewData["Error"] = $"Claim(s) {string.Join(", ", dup)} are already checked or already on the desk. Untick them, or tick “open … even where one is marked” to open them anyway.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return OnPostPreview(null);
        }
        DateTimeOffset? published = DateTimeOffset.TryParse(Published, out var d) ? new DateTimeOffset(d.Date, TimeSpan.Zero) : null;
        long article = 0;
        return Act(async () =>
        {
            var r = await Mediator.Send(new IngestArticle.Command(Text ?? "", Blank(Title), Blank(Outlet), Blank(ArticleUrl), published, Selected: selected ?? [], Actor: Me));
            article = r.ArticleId;
            return r.Created ? $"Article {r.ArticleId} stored; {r.Opened} claim(s) opened." + (r.Capped > 0 ? $" {r.Capped} more were left unopened: at most {r.Cap} claims are opened from one article." : "") : $"This article was already ingested (article {r.ArticleId}); nothing new was opened.";
        }, () => Redirect($"/desk?article={article}"), () => OnPostPreview(null));
    }

    IActionResult Fail(string message)
    {
        ViewData["Error"] = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
