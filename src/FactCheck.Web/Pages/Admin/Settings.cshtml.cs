using FactCheck.Data;
using FactCheck.Features.Articles;
using FactCheck.Features.Claims;
using FactCheck.Jobs;
using FactCheck.Publishing;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Web.Pages.Admin;

/// <summary>
/// What this desk runs with, read-only: the workflow definitions (every version still loaded, with how many claims
/// run on each), the rating scale, publishing and webhooks (secrets never shown), intake and the worker. They are
/// changed in files and configuration, checked at start-up, not from a browser.
/// </summary>
public sealed class SettingsModel(IMediator mediator, WorkflowCatalog catalog, PublishingOptions publishing, IntakeOptions intake,
    WorkerOptions worker, DbOptions database) : DeskPage(mediator)
{
    public IEnumerable<WorkflowDefinition> Workflows => catalog.All;
    public PublishingOptions Publishing => publishing;
    public IntakeOptions Intake => intake;
    public WorkerOptions Worker => worker;
    public DbProvider Database => database.Kind;
    public IReadOnlyDictionary<(string WorkflowId, int Version), long> ClaimsOn { get; private set; } = new Dictionary<(string, int), long>();

    public async Task OnGet() => ClaimsOn = await Mediator.Send(new CountByVersion.Query());
}
