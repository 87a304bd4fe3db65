using FactCheck;
using FactCheck.Cli;
using FactCheck.Workflows;

return await Cli.Run(args, Console.Out, Console.Error);

namespace FactCheck.Cli
{
    public static class Cli
    {
        public const string Usage = """
            factcheck — claim fact-checking workflow engine

              factcheck init                                   create and migrate the database, check the workflows
              factcheck demo                                   seed demo users (printed with passwords) and claims in every stage
              factcheck db migrate                             apply pending migrations
              factcheck users add NAME --role R [--role R2] [--password-stdin]   roles: factchecker, editor, admin;
                                                               the password from stdin, or asked for at a terminal
              factcheck users list
              factcheck users roles NAME --role R [--role R2] | --none   replace a user's roles (--none: no access)
              factcheck users password NAME [--password-stdin]  set a password (lifts a lockout, ends other sessions);
                                                               at least 12 characters, not the name, not a common one
              factcheck users audit [--limit N]                who changed users, roles, passwords and tokens, newest first
              factcheck claims add --text T [--speaker S] [--speaker-kind person|organization] [--channel C] [--quote Q] [--priority N] [--as USER]
                                   [--article ID [--evidence "words of the article"]]   a claim added by hand to an article
              factcheck claims import FILE [--skip-bad] [--separator C|tab] [--as USER]   claims in bulk from CSV/TSV with a
                                                               header: text (required), speaker, channel, url, published;
                                                               a bad row stops the import (its line is named) unless --skip-bad
              factcheck claims export FILE|- [--state S]       every claim as CSV: state, speaker, rating, card URL
              factcheck claims edit ID [--statement T] [--speaker S] [--speaker-role R] [--speaker-kind K] [--channel C] [--url U] --as USER
                                                               the claim as checked; until approval (in approval it withdraws the verdict)
              factcheck claims assign ID USER|--none --as EDITOR
              factcheck claims list [--state S] [--queue ROLE] [--assignee USER|none] [--words W] [--page N] [--page-size N]
              factcheck claims report [--days N]               the desk over the last N days (30): published, times, who did what, the queue now
              factcheck claims show ID [--as USER]               with the journal, and the triggers USER may fire now
              factcheck claims fire ID TRIGGER --as USER [--note N] [--public-note P] [--relation R] [--expect-version V]
                                                               --public-note: the correction text readers see ('correct');
                                                               --relation agrees|differs|supersedes: approving while a card on
                                                               a similar claim is published
              factcheck claims take ID --as USER | claims release ID --as USER
              factcheck sources add ID --url URL [--kind primary|secondary] [--title T] [--passage P] [--quote-found yes|no] [--original] --as USER
              factcheck sources remove SOURCE_ID [--note N] --as USER   before editor approval only
              factcheck verdicts submit ID --as USER --rating R --summary S [--rationale R] [--cite SOURCE_ID]...
              factcheck worker [--concurrency N] [--once]      run due jobs (activities, timers); --once drains what is due and exits
              factcheck incidents list [--all] | incidents retry ID
              factcheck extract FILE… [--json]                 attributed claims in articles (UTF-8 text; - reads stdin)
              factcheck ingest FILE [--title T] [--outlet O] [--published DATE] [--url U] [--all]
              factcheck eval attribution --brat DIR [--agreement] [--errors source|cue|content]
                                                               precision/recall/F1 against brat-annotated articles; the
                                                               annotators against each other; the spans missed and made up
              factcheck eval similar --docs FILE --queries FILE --qrels FILE [--top 5] [--errors] [--sweep] [--ranker fused|lexical|semantic]
                                                               "already checked?" on CheckThat!-shaped data: MAP@k, P@1,
                                                               recall@k, precision/recall of the "same claim" label
              factcheck claimreview import FILE|URL… [--as ADMIN] [--json]   other fact-checkers' ClaimReview (JSON-LD,
                                                               claimreview.json, a page carrying it, Fact Check Tools
                                                               claims:search), matched as "checked elsewhere"
              factcheck claimreview list [--limit N]
              factcheck train attribution --brat DIR --out FILE [--dev DIR] [--epochs N]
                                                               train the attribution tagger on brat-annotated articles
              factcheck tokens add NAME --as USER | tokens list | tokens revoke NAME     API tokens for /api
              factcheck publish export DIR                     the public site (cards, JSON-LD, images, feeds, sitemap) as files
              factcheck workflows validate [DIR]
              factcheck workflows graph WORKFLOW_ID [--version N]   Mermaid on stdout
              factcheck bench [--provider sqlite|postgres] [--connection CS] [--transitions N] [--claims N]
                              [--only extract|cards|similar --corpus DIR]   see docs/benchmarks.md

            --as defaults to $FACTCHECK_USER. The database is FactCheck:Database in appsettings.json, or
            FactCheck__Database__Provider / FactCheck__Database__ConnectionString in the environment (default: SQLite data/factcheck.db).
            """;

        public static async Task<int> Run(string[] argv, TextWriter stdout, TextWriter stderr)
        {
            try
            {
                var a = new Args(argv);
                var (area, verb) = (a.Pos(0), a.Pos(1));
                if (area is null || a.Has("help") || area is "help") { stdout.WriteLine(Usage); return area is null ? 2 : 0; }
                return (area, verb) switch
                {
                    ("workflows", "validate") => WorkflowCommands.Validate(a, stdout),
                    ("workflows", "graph") => WorkflowCommands.Graph(a, stdout),
                    ("bench", _) => await Bench.Run(a, stdout),
                    ("extract", _) => ExtractCommands.Extract(a, stdout, stderr),
                    ("eval", "attribution") => BratEval.Run(a, stdout),
                    ("eval", "similar") => await EvalSimilar.Run(a, stdout),
                    ("train", "attribution") => TrainAttribution.Run(a, stdout),
                    _ => await WithServices(a, stdout, area, verb),
                };
            }
            catch (UsageException ex) { stderr.WriteLine($"error: {ex.Message}"); stderr.WriteLine("run 'factcheck help' for usage"); return 2; }
            catch (FactCheckException ex) { stderr.WriteLine($"error: {ex.Message}"); return ex.ExitCode; }
            catch (WorkflowLoadException ex) { stderr.WriteLine($"error: {ex.Message}"); return 6; }
            catch (InvalidOperationException ex) { stderr.WriteLine($"error: {ex.Message}"); return 1; }
            catch (System.Data.Common.DbException ex) { stderr.WriteLine($"database error: {ex.Message}"); return 7; }
        }

        static async Task<int> Demo(CliHost host, TextWriter o)
        {
            foreach (var line in await FactCheck.Features.Demo.SeedDemo.Seed(host.Get<global::Mediator.IMediator>(), host.Services)) o.WriteLine(line);
            return 0;
        }

        static async Task<int> WithServices(Args a, TextWriter o, string area, string? verb)
        {
            await using var host = CliHost.Create();
            return (area, verb) switch
            {
                ("init", _) => await CliHost.Init(host, o),
                ("db", "migrate") => await CliHost.Init(host, o),
                ("users", "add") => await UserCommands.Add(host, a, o),
                ("users", "list") => await UserCommands.List(host, o),
                ("users", "roles") => await UserCommands.Roles(host, a, o),
                ("users", "password") => await UserCommands.Password(host, a, o),
                ("users", "audit") => await UserCommands.AuditLog(host, a, o),
                ("claims", "add") => await ClaimCommands.Add(host, a, o),
                ("claims", "import") => await BulkClaimCommands.Import(host, a, o, Console.Error),
                ("claims", "export") => await BulkClaimCommands.Export(host, a, o, Console.Error),
                ("claims", "list") => await ClaimCommands.List(host, a, o),
                ("claims", "report") => await ClaimCommands.Report(host, a, o),
                ("claims", "show") => await ClaimCommands.Show(host, a, o),
                ("claims", "fire") => await ClaimCommands.Fire(host, a, o),
                ("claims", "take") => await ClaimCommands.Take(host, a, o),
                ("claims", "release") => await ClaimCommands.Release(host, a, o),
                ("claims", "edit") => await ClaimCommands.Edit(host, a, o),
                ("claims", "assign") => await ClaimCommands.Assign(host, a, o),
                ("sources", "remove") => await ClaimCommands.RemoveSource(host, a, o),
                ("sources", "add") => await ClaimCommands.AddSource(host, a, o),
                ("verdicts", "submit") => await ClaimCommands.SubmitVerdict(host, a, o),
                ("worker", _) => await WorkerCommands.Run(host, a, o),
                ("ingest", _) => await IngestCommand.Run(host, a, o),
                ("demo", _) => await Demo(host, o),
                ("publish", "export") => await PublishCommands.Export(host, a, o),
                ("tokens", "add") => await TokenCommands.Add(host, a, o),
                ("tokens", "list") => await TokenCommands.List(host, o),
                ("tokens", "revoke") => await TokenCommands.Revoke(host, a, o),
                ("incidents", "list") => await WorkerCommands.ListIncidents(host, a, o),
                ("claimreview", "import") => await ClaimReviewCommands.Import(host, a, o),
                ("claimreview", "list") => await ClaimReviewCommands.List(host, a, o),
                ("incidents", "retry") => await WorkerCommands.RetryIncident(host, a, o),
                _ => throw new UsageException($"unknown command '{string.Join(' ', new[] { area, verb }.Where(x => x is not null))}'"),
            };
        }
    }
}
