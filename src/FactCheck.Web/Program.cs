using System.Net;
using System.Threading.RateLimiting;
using FactCheck;
using FactCheck.Data;
using FactCheck.Publishing;
using FactCheck.Web;
using FactCheck.Workflows;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

// Our own flags are taken out before the host sees the arguments: `--demo --urls X` must not read as demo = "--urls".
var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
builder.Services.AddFactCheckCore(builder.Configuration);
// Names and quotes in any script are written as themselves, not as &#x…; entities; markup characters are still encoded.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
if (builder.Configuration.GetValue("FactCheck:Worker:Enabled", true))
    builder.Services.AddHostedService<WorkerService>();
builder.Services.AddHostedService<ClaimReviewFeeds>();
builder.Services.AddHostedService<MatchWarmUp>();
// Give the worker its grace period to finish or release what it holds on SIGTERM.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("FactCheck:Worker:ShutdownGraceSeconds", 10.0) + 5));

// Request limits: a whole request (an uploaded article) and a single form field; beyond them 413 / 400, never a dropped connection.
var hosting = Hosting.Read(builder.Configuration);
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = hosting.MaxRequestBytes);
builder.Services.Configure<FormOptions>(o =>
{
    o.ValueLengthLimit = hosting.MaxFormValueBytes;
    o.MultipartBodyLengthLimit = hosting.MaxRequestBytes;
    o.ValueCountLimit = 1024;
});

// Behind a TLS-terminating proxy: trust X-Forwarded-For/-Proto/-Host from the configured proxies only.
builder.Services.Configure<ForwardedHeadersOptions>(o =>
{
    o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
    o.KnownProxies.Clear();
    o.KnownIPNetworks.Clear();
    foreach (var proxy in hosting.KnownProxies) o.KnownProxies.Add(proxy);
});
builder.Services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = false; });

// Keys that protect cookies and anti-forgery tokens live with the data, so sign-ins survive restarts. On PostgreSQL
// and SQL Server they are in the database, so several nodes behind one address share sign-ins with nothing else to
// share; on SQLite (one node) in data/keys. FactCheck:DataProtection:KeysDirectory puts them in a folder instead.
var keysDirectory = builder.Configuration["FactCheck:DataProtection:KeysDirectory"];
var dataProtection = builder.Services.AddDataProtection().SetApplicationName("FactCheck");
var database = new FactCheck.Data.DbOptions();
builder.Configuration.GetSection("FactCheck:Database").Bind(database);
if (keysDirectory is null && database.Kind != FactCheck.Data.DbProvider.Sqlite)
    builder.Services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
        .Configure<FactCheck.Data.DbOptions>((o, db) => o.XmlRepository = new DatabaseKeyRepository(db));
else
    dataProtection.PersistKeysToFileSystem(Directory.CreateDirectory(AppPaths.Resolve(keysDirectory ?? "data/keys")));
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    o.Cookie.SameSite = SameSiteMode.Strict;
});

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
    .AddCookie(o =>
{
    o.LoginPath = "/account/signin";
    o.LogoutPath = "/account/signout";
    o.Cookie.Name = "factcheck";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Strict;
    // Secure whenever the request is HTTPS (directly or, with KnownProxies, as the proxy says).
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    o.ExpireTimeSpan = TimeSpan.FromHours(12);
    o.SlidingExpiration = true;
    // A signed-in user without the role gets a 403 page that names the role (see Pages/Status), not a redirect.
    o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
    // Roles and the session stamp are read again on every request: an admin's change, a new password or a sign-out
    // elsewhere applies at once, not at the cookie's expiry.
    o.Events.OnValidatePrincipal = Roles.Revalidate;
});
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Roles.DeskPolicy, p => p.RequireRole("factchecker", "editor", "admin"))
    .AddPolicy(Roles.EditorPolicy, p => p.RequireRole("editor"))
    .AddPolicy(Roles.LeadPolicy, p => p.RequireRole("editor", "admin"))
    .AddPolicy(Roles.AdminPolicy, p => p.RequireRole("admin"))
    .AddPolicy(Roles.ApiPolicy, p => p.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireRole("factchecker", "editor", "admin"))
    // /metrics: an admin signed in, or a scraper with an admin's API token.
    .AddPolicy(Telemetry.MetricsPolicy, p => p.AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, ApiTokenAuthentication.SchemeName).RequireRole("admin"));
Telemetry.Add(builder);
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    // Only attempts count: colleagues behind one newsroom address may open the sign-in page as often as they like.
    o.AddPolicy("sign-in", ctx => HttpMethods.IsPost(ctx.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "?",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = builder.Configuration.GetValue("FactCheck:SignIn:PerMinute", 10), Window = TimeSpan.FromMinutes(1) })
        : RateLimitPartition.GetNoLimiter("view"));
});
builder.Services.AddMemoryCache(o => o.SizeLimit = 2_000); // share images: about 60 KB each
builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeFolder("/Desk", Roles.DeskPolicy);
    o.Conventions.AuthorizePage("/Desk/Approvals", Roles.EditorPolicy);
    o.Conventions.AuthorizePage("/Desk/Report", Roles.LeadPolicy);
    o.Conventions.AuthorizePage("/Desk/Incidents", Roles.LeadPolicy);
    o.Conventions.AddPageRoute("/Desk/Incidents", "admin/incidents"); // where operators look for it too
    o.Conventions.AuthorizeFolder("/Admin", Roles.AdminPolicy);
}).AddMvcOptions(o => o.Filters.Add<UnknownHandler>());

var app = builder.Build();

// Created and migrated on start; a bad workflow definition stops start-up here with file, line and reason.
var db = app.Services.GetRequiredService<DbOptions>();
Migrator.Migrate(db);
var catalog = app.Services.GetRequiredService<WorkflowCatalog>();
app.Logger.LogInformation("FactCheck on {Provider}; workflows: {Workflows}", db.Kind, string.Join(", ", catalog.All.Select(d => $"{d.Id} v{d.Version}")));
var publishing = app.Services.GetRequiredService<PublishingOptions>();
if (!publishing.BaseUrlConfigured && app.Environment.IsProduction())
    app.Logger.LogWarning("FactCheck:Publishing:BaseUrl is not set: public pages link to the address each request came to, and webhooks and exports to {BaseUrl}. Set it to the cards' public address.", publishing.BaseUrl);
await Startup.Announce(app, demo);

app.UseForwardedHeaders();
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/status", StatusCodeSelector = Hosting.StatusFor, AllowStatusCode404Response = true });
if (!app.Environment.IsDevelopment()) app.UseHsts(); // sent on HTTPS responses only
app.Use(async (ctx, next) =>
{
    // No page here runs script; forms post only to this site; nothing may frame the desk; images only from here.
    var h = ctx.Response.Headers;
    h.XContentTypeOptions = "nosniff";
    h.XFrameOptions = "DENY";
    h["Referrer-Policy"] = "same-origin";
    h.ContentSecurityPolicy = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    if (await Hosting.RejectNul(ctx)) return;
    await next();
});
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
Telemetry.Map(app);
app.MapGet("/", () => Results.Redirect("/claims"));
PublicCards.Map(app);
Api.Map(app);
// Healthy means the database answers and takes a write: a read-only or full database is "degraded" (503).
app.MapGet("/healthz", async (DbSession session, TimeProvider clock, CancellationToken ct) =>
{
    var database = db.Kind.ToString().ToLowerInvariant();
    try
    {
        var claims = await session.Scalar<long>("select count(*) from claim", ct: ct);
        await session.Execute("update health_check set checked_at = @now where id = 1", new { now = clock.GetUtcNow() }, ct);
        return Results.Ok(new { status = "ok", database, claims, workflows = catalog.All.Select(d => $"{d.Id}@{d.Version}") });
    }
    catch (System.Data.Common.DbException ex)
    {
        return Results.Json(new { status = "degraded", database, reason = ex.Message.Split('\n')[0] }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
});

app.Run();
