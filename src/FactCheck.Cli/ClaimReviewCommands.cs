using System.Text.Json;
using FactCheck.Data;
using FactCheck.Features.FactChecks;

namespace FactCheck.Cli;

/// <summary>`factcheck claimreview import FILE|URL… [--as ADMIN] [--json]` and `claimreview list [--words W]`.</summary>
public static class ClaimReviewCommands
{
    public static async Task<int> Import(CliHost host, Args a, TextWriter o)
    {
        var sources = a.Positional.Skip(2).ToList();
        if (sources.Count == 0) throw new UsageException("give one or more files or http(s) URLs holding ClaimReview");
        var actor = a.Opt("as") is null && Environment.GetEnvironmentVariable("FACTCHECK_USER") is null ? null : await host.Actor(a);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.UserAgent.ParseAdd("FactCheck-ClaimReview-Import/1.0");
        var inputs = new List<ImportClaimReviews.Input>();
        foreach (var s in sources) inputs.Add(await ClaimReviewInputs.Read(s, http, default));
        var r = await host.Send(new ImportClaimReviews.Command(inputs, actor));
        if (a.Has("json")) o.WriteLine(JsonSerializer.Serialize(new { read = r.Read, added = r.Added, updated = r.Updated, ids = r.Ids }));
        else o.WriteLine($"{r.Read} review{(r.Read == 1 ? "" : "s")} read: {r.Added} added, {r.Updated} updated (one per URL); they are matched as \"already checked elsewhere\" from now on");
        return 0;
    }

    public static async Task<int> List(CliHost host, Args a, TextWriter o)
    {
        var rows = await ListExternalChecks.Run(host.Get<DbSession>(), a.Int("limit") ?? 50, default);
        if (rows.Count == 0) o.WriteLine("no external fact-checks imported yet: factcheck claimreview import FILE|URL");
        foreach (var x in rows) o.WriteLine($"{x.Id,6}  {x.ReviewedOn ?? "----------"}  {x.Organisation}: {x.Rating ?? "-"} — {x.Claim} <{x.Url}>");
        return 0;
    }
}
