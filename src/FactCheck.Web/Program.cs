using System.Threading.RateLimiting;
using FactCheck;
using FactCheck.Data;
using FactCheck.Web;
using FactCheck.Workflows;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFactCheckCore(builder.Configuration);
// Names and quotes in any script are written as themselves, not as &#x…; entities; markup characters are still encoded.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
if (builder.Configuration.GetValue("FactCheck:Worker:Enabled", true))
    builder.Services.AddHostedService<WorkerService>();
// Give the worker its grace period to finish or release what it holds on SIGTERM.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("FactCheck:Worker:ShutdownGraceSeconds", 10.0) + 5));

// Keys that protect cookies and anti-forgery tokens live with the data, so sign-ins survive restarts.
var keys = AppPaths.Resolve(builder.Configuration["FactCheck:DataProtection:KeysDirectory"] ?? "data/keys");
builder.Services.AddDataProtection().PersistKeysToFileSystem(Directory.CreateDirectory(keys)).SetApplicationName("FactCheck");

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
    .AddCookie(o =>
{
    o.LoginPath = "/account/signin";
    o.LogoutPath = "/account/signout";
    o.Cookie.Name = "factcheck";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Strict;
    o.ExpireTimeSpan = TimeSpan.FromHours(12);
    o.SlidingExpiration = true;
    // A signed-in user without the role gets a 403 page that names the role (see Pages/Status), not a redirect.
    o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
    // Roles are read again on every request: an admin's change (or removal) applies at once, not at the next sign-in.
    o.Events.OnValidatePrincipal = Roles.Revalidate;
});
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Roles.DeskPolicy, p => p.RequireRole("factchecker", "editor", "admin"))
    .AddPolicy(Roles.EditorPolicy, p => p.RequireRole("editor"))
    .AddPolicy(Roles.LeadPolicy, p => p.RequireRole("editor", "admin"))
    .AddPolicy(Roles.AdminPolicy, p => p.RequireRole("admin"))
    .AddPolicy(Roles.ApiPolicy, p => p.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireRole("factchecker", "editor", "admin"));
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    o.AddPolicy("sign-in", ctx => RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "?",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = builder.Configuration.GetValue("FactCheck:SignIn:PerMinute", 10), Window = TimeSpan.FromMinutes(1) }));
});
builder.Services.AddMemoryCache(o => o.SizeLimit = 2_000); // share images: about 60 KB each
builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeFolder("/Desk", Roles.DeskPolicy);
    o.Conventions.AuthorizePage("/Desk/Approvals", Roles.EditorPolicy);
    o.Conventions.AuthorizePage("/Desk/Report", Roles.LeadPolicy);
    o.Conventions.AuthorizeFolder("/Admin", Roles.AdminPolicy);
});

var app = builder.Build();

// Created and migrated on start; a bad workflow definition stops start-up here with file, line and reason.
var db = app.Services.GetRequiredService<DbOptions>();
Migrator.Migrate(db);
var catalog = app.Services.GetRequiredService<WorkflowCatalog>();
app.Logger.LogInformation("FactCheck on {Provider}; workflows: {Workflows}", db.Kind, string.Join(", ", catalog.All.Select(d => $"{d.Id} v{d.Version}")));
await Startup.Announce(app, args);

app.Use(async (ctx, next) =>
{
    // No page here runs script; forms post only to this site; nothing may frame the desk.
    var h = ctx.Response.Headers;
    h.XContentTypeOptions = "nosniff";
    h.XFrameOptions = "DENY";
    h["Referrer-Policy"] = "same-origin";
    h.ContentSecurityPolicy = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src * data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    await next();
});
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapGet("/", () => Results.Redirect("/claims"));
PublicCards.Map(app);
Api.Map(app);
app.MapGet("/healthz", async (DbSession session, CancellationToken ct) =>
{
    var claims = await session.Scalar<long>("select count(*) from claim", ct: ct);
    return Results.Ok(new { status = "ok", database = db.Kind.ToString().ToLowerInvariant(), claims, workflows = catalog.All.Select(d => $"{d.Id}@{d.Version}") });
});

app.Run();
