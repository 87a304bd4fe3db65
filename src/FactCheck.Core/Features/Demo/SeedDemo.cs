using System.Security.Cryptography;
using FactCheck.Data;
using FactCheck.Features.Articles;
using FactCheck.Features.Claims;
using FactCheck.Features.Sources;
using FactCheck.Features.Users;
using FactCheck.Features.Verdicts;
using FactCheck.Jobs;
using FactCheck.Workflows;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Features.Demo;

/// <summary>
/// A demo desk for newcomers: three users (printed with their passwords) and the claims of a short demo article in
/// every stage, one of them published. Does nothing if any user exists.
/// </summary>
public static class SeedDemo
{
    public const string Article = """
        The harbour authority of Port Elling said on Tuesday that cargo traffic rose 14 percent last year, the biggest rise since 2009.
        In remarks reported by the regional broadcaster Coastline Radio, the port's director, Marta K. Ilves, insisted that the new quay would be finished by March.
        But she conceded that “the dredging is three months behind” and “costs have gone up by a fifth”.
        The fishermen's union warned that catches had fallen by half because of the dredging.
        Environmental groups believe that the seal colony near the harbour mouth will not return.
        According to the town council, 320 new jobs were created at the port in 2025.
        """;

    public static async Task<IReadOnlyList<string>> Seed(IMediator mediator, IServiceProvider services)
    {
        var db = services.GetRequiredService<DbSession>();
        if (await db.Scalar<long>("select count(*) from app_user") > 0)
            return ["demo: this database already has users, so nothing was seeded (the demo never touches a desk in use).",
                    "  To start fresh with the demo: stop the app, remove the database (rm -rf data with the default SQLite file), and start again with --demo;",
                    "  or point it at an empty database: FactCheck__Database__ConnectionString='Data Source=data/demo.db' dotnet run --project src/FactCheck.Web -- --demo"];
        var lines = new List<string> { "Demo desk seeded. Sign in at /account/signin with:" };
        async Task<Workflows.Actor> User(string name, params string[] roles)
        {
            var password = "demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
            await mediator.Send(new AddUser.Command(name, roles, password));
            lines.Add($"  {name,-14} {password}   ({string.Join(", ", roles)})");
            return await UserSql.ActorByName(db, name);
        }
        var checker = await User("demo-checker", "factchecker");
        var editor = await User("demo-editor", "editor");
        await User("demo-admin", "admin");

        var ingest = await mediator.Send(new IngestArticle.Command(Article, "Port Elling's new quay", "Demo Gazette", "https://demo-gazette.example/2026/port-elling-new-quay", DateTimeOffset.UtcNow.AddDays(-1), All: true, Actor: checker));
        var ids = ingest.Items.Where(i => i.ClaimId is not null).Select(i => i.ClaimId!.Value).ToList();
        async Task Lookup(long id) => await mediator.Send(new FireTrigger.Command(id, "start_lookup", checker));
        async Task Review(long id, string url)
        {
            await Lookup(id);
            await mediator.Send(new AddSource.Command(id, checker, url, "primary", "Primary source", QuoteFound: true));
            await mediator.Send(new FireTrigger.Command(id, "start_review", checker));
        }
        async Task Verdict(long id, string rating, string summary)
        {
            await mediator.Send(new SubmitVerdict.Command(id, checker, rating, summary, "Checked against the **primary source** linked below."));
        }
        async Task Publish(long id, string url, string rating, string summary)
        {
            await Review(id, url);
            await Verdict(id, rating, summary);
            await mediator.Send(new FireTrigger.Command(id, "approve", editor));
        }
        // ids[0], [4] and [5] published (ids[0] then corrected), ids[1] awaiting approval, ids[2] in review, ids[3] in source lookup.
        if (ids.Count > 0) await Publish(ids[0], "https://example.org/port-elling/annual-report", "mostly-true", "Traffic rose 13.6 percent; the biggest rise since 2009.");
        if (ids.Count > 4) await Publish(ids[4], "https://example.org/seal-survey-2025", "mixed", "The survey counted fewer seals, but the colony has moved, not gone.");
        if (ids.Count > 5) await Publish(ids[5], "https://example.org/town-council/jobs-report", "false", "The council's report counts 120 new jobs, not 320.");
        if (ids.Count > 1) { await Review(ids[1], "https://example.org/coastline-radio/interview"); await Verdict(ids[1], "mixed", "The director said so, but the contractor's schedule says June."); }
        if (ids.Count > 2) { await Review(ids[2], "https://example.org/port-elling/dredging-update"); await mediator.Send(new TakeClaim.Command(ids[2], checker)); }
        if (ids.Count > 3) await Lookup(ids[3]);
        var worker = services.GetRequiredService<Worker>();
        await worker.RunDue(); // publishes the approved cards
        if (ids.Count > 0)
        {
            // A correction: the editor reopens the first card, the fact-checker fixes the verdict, the editor approves again.
            await mediator.Send(new FireTrigger.Command(ids[0], "correct", editor, "Internal: the 2010 row of the port's table was misread.",
                PublicNote: "The biggest rise since 2010, not since 2009: the 2010 figure was higher."));
            await Verdict(ids[0], "mostly-true", "Traffic rose 13.6 percent; the biggest rise since 2010.");
            await mediator.Send(new FireTrigger.Command(ids[0], "approve", editor));
            await worker.RunDue();
        }
        lines.Add($"  {ids.Count} claims from the demo article, in every stage; three published, one of them corrected.");
        lines.Add("  Public cards: /claims");
        return lines;
    }
}
