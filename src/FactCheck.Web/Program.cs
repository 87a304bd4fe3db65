using FactCheck;
using FactCheck.Data;
using FactCheck.Workflows;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFactCheckCore(builder.Configuration);
if (builder.Configuration.GetValue("FactCheck:Worker:Enabled", true))
    builder.Services.AddHostedService<FactCheck.Web.WorkerService>();
// Give the worker its grace period to finish or release what it holds on SIGTERM.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("FactCheck:Worker:ShutdownGraceSeconds", 10.0) + 5));

var app = builder.Build();

// Created and migrated on start; a bad workflow definition stops start-up here with file, line and reason.
var db = app.Services.GetRequiredService<DbOptions>();
Migrator.Migrate(db);
var catalog = app.Services.GetRequiredService<WorkflowCatalog>();
app.Logger.LogInformation("FactCheck on {Provider}; workflows: {Workflows}", db.Kind, string.Join(", ", catalog.All.Select(d => $"{d.Id} v{d.Version}")));

app.MapGet("/healthz", async (DbSession session, CancellationToken ct) =>
{
    var claims = await session.Scalar<long>("select count(*) from claim", ct: ct);
    return Results.Ok(new { status = "ok", database = db.Kind.ToString().ToLowerInvariant(), claims, workflows = catalog.All.Select(d => $"{d.Id}@{d.Version}") });
});

app.Run();
