using System.Net;
using FactCheck.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FactCheck.Web;

/// <summary>
/// <c>FactCheck:Hosting</c>: request limits and the proxies to trust; and the rules every request shares: which status
/// an error answers with (never a 500 for what the sender did wrong), and no NUL characters in a path, query or form.
/// </summary>
public sealed class Hosting
{
    /// <summary>The largest request body (an uploaded article): beyond it, 413.</summary>
    public long MaxRequestBytes { get; init; } = 30_000_000;
    /// <summary>The largest single form field (a pasted article): beyond it, 400.</summary>
    public int MaxFormValueBytes { get; init; } = 4 * 1024 * 1024;
    /// <summary>Proxies whose X-Forwarded-For/-Proto/-Host are believed (IP addresses).</summary>
    public IReadOnlyList<IPAddress> KnownProxies { get; init; } = [];

    public static Hosting Read(IConfiguration config)
    {
        var section = config.GetSection("FactCheck:Hosting");
        var proxies = section.GetSection("KnownProxies").Get<string[]>()
            ?? (section["KnownProxies"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        var known = new List<IPAddress>();
        foreach (var p in proxies)
            known.Add(IPAddress.TryParse(p, out var ip) ? ip : throw new InvalidOperationException($"FactCheck:Hosting:KnownProxies: '{p}' is not an IP address"));
        return new Hosting
        {
            MaxRequestBytes = section.GetValue("MaxRequestBytes", 30_000_000L),
            MaxFormValueBytes = section.GetValue("MaxFormValueBytes", 4 * 1024 * 1024),
            KnownProxies = known,
        };
    }

    /// <summary>The status an unhandled exception answers with: the sender's mistakes are 4xx, a database that cannot be used 503.</summary>
    public static int StatusFor(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest, // a form over the field, count or size limits
        FactCheckException f => f.HttpStatus,
        OperationCanceledException => StatusCodes.Status400BadRequest, // the client went away
        _ when DbErrors.Translate(ex) is { } translated => translated.HttpStatus,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Answers 400 to a NUL character in the path, the query or a form field (no database stores one as text); true when it did.</summary>
    public static async Task<bool> RejectNul(HttpContext ctx)
    {
        if (ctx.Features.Get<IExceptionHandlerFeature>() is not null || ctx.Features.Get<IStatusCodeReExecuteFeature>() is not null) return false;
        var nul = (ctx.Request.Path.Value?.Contains('\0') ?? false)
                  || ctx.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true
                  || ctx.Request.Query.Any(q => q.Key.Contains('\0') || q.Value.Any(v => v?.Contains('\0') == true));
        if (!nul && ctx.Request.HasFormContentType)
        {
            var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
            nul = form.Any(f => f.Key.Contains('\0') || f.Value.Any(v => v?.Contains('\0') == true));
        }
        if (!nul) return false;
        ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
        return false == ctx.Request.Path.StartsWithSegments("/api") ? await Page(ctx) : await Problem(ctx);
    }

    static async Task<bool> Page(HttpContext ctx)
    {
        ctx.Response.ContentType = "text/plain; charset=utf-8";
        await ctx.Response.WriteAsync("Bad request: a value contains a NUL character (\\0), which the desk does not accept. Remove it and try again.");
        return true;
    }

    static async Task<bool> Problem(HttpContext ctx)
    {
        await ctx.Response.WriteAsJsonAsync(new { title = "Bad input", status = 400, detail = "a value contains a NUL character (\\0)" }, options: null, contentType: "application/problem+json");
        return true;
    }
}

/// <summary>A POST (or other non-GET) to a page with no handler of that name is a 404, not a page rendered without its data.</summary>
public sealed class UnknownHandler : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.NotFoundResult();
            return;
        }
        await next();
    }
}
