using FactCheck.Features.Claims;
using FactCheck.Workflow;
using FactCheck.Workflows;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Desk;

public sealed class QueueModel(IMediator mediator, WorkflowCatalog catalog, TimeProvider clock) : DeskPage(mediator)
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string Assignee { get; set; } = "any";
    [BindProperty(SupportsGet = true)] public string? Speaker { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Words { get; set; }
    [BindProperty(SupportsGet = true)] public long? Article { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    /// <summary>From <c>?page=</c>, read by hand: Razor Pages' own "page" route value would shadow a bound property.</summary>
    public int PageNumber => FactCheck.Data.Paging.Clamp(int.TryParse(Request.Query["page"], out var p) ? p : 1);

    public IReadOnlyDictionary<string, long> Counts { get; private set; } = new Dictionary<string, long>();
    public ListClaims.Result Result { get; private set; } = new([], 1, 50, false);
    public IEnumerable<StateDefinition> States => catalog.Latest(ClaimWorkflow.Id).States.Values;
    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    /// <summary>The queue's claims (all, or the chosen state) as a CSV download: <c>/desk?handler=Csv&amp;state=…</c>.</summary>
    public async Task<IActionResult> OnGetCsv([FromServices] FactCheck.Data.DbSession db)
    {
        var links = (await PublicLinks.BindAsync(HttpContext))!.Options;
        var csv = new StringWriter();
        await ExportClaims.Write(db, links, csv, string.IsNullOrEmpty(State) ? null : State, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        return File(new System.Text.UTF8Encoding(false).GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"factcheck-claims-{Now:yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnGet()
    {
        if (string.IsNullOrEmpty(State)) State = null;
        Counts = await Mediator.Send(new CountByState.Query());
        try
        {
            Result = await Mediator.Send(new ListClaims.Query(State, null,
                Assignee == "me" ? Me.UserId : null, Assignee == "none", PageNumber, 50,
                string.IsNullOrWhiteSpace(Speaker) ? null : Speaker.Trim(), Article, Overdue ? Now : null, string.IsNullOrWhiteSpace(Words) ? null : Words.Trim()));
        }
        catch (InputException ex)
        {
            ViewData["Error"] = ex.Message;
            Response.StatusCode = ex.HttpStatus;
        }
        return Page();
    }

    public Task<IActionResult> OnPostTake(long id) =>
        Act(async () => { await Mediator.Send(new TakeClaim.Command(id, Me)); return $"Claim {id} is yours."; }, Back, OnGet);

    public Task<IActionResult> OnPostRelease(long id) =>
        Act(async () => { await Mediator.Send(new ReleaseClaim.Command(id, Me)); return $"Claim {id} is back in the queue."; }, Back, OnGet);

    IActionResult Back() => Redirect(Link());

    public string Link(string? state = null, int? page = null)
    {
        var q = new Dictionary<string, string?>
        {
            ["state"] = state ?? State, ["assignee"] = Assignee == "any" ? null : Assignee, ["speaker"] = Speaker, ["q"] = Words,
            ["article"] = Article?.ToString(), ["overdue"] = Overdue ? "true" : null, ["page"] = page is > 1 ? page.ToString() : null,
        };
        return "/desk" + Microsoft.AspNetCore.Http.QueryString.Create(q.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
