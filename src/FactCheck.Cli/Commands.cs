using System.CommandLine;
using System.CommandLine.Parsing;

namespace FactCheck.Cli;

/// <summary>
/// The command tree (System.CommandLine): every verb with its typed arguments and options, the help text of each
/// generated from these definitions. Each action hands the parsed values to the command's handler as <see cref="Args"/>;
/// the handler sends its use case through the mediator.
/// </summary>
public static partial class Commands
{
    /// <summary>What an option takes: text, a whole number, nothing (a flag), text any number of times, or text or nothing.</summary>
    public enum Kind { Text, Int, Long, Flag, Many, MaybeText }

    public sealed record Opt(string Name, string Help, Kind Kind = Kind.Text, string[]? Values = null, bool Required = false, string? Value = null);

    /// <summary>A positional argument; <paramref name="Many"/> takes one or more, <paramref name="Optional"/> none or one.</summary>
    public sealed record Arg(string Name, string Help, bool Optional = false, bool Many = false);

    /// <summary>The context a handler runs in: its arguments, standard output and error, and Ctrl+C.</summary>
    public sealed record Context(Args Args, TextWriter Out, TextWriter Err, CancellationToken Stop);

    static readonly Opt As = new("as", "the user acting (default: $FACTCHECK_USER)", Value: "USER");
    static readonly Opt Json = new("json", "one JSON document on standard output instead of the table", Kind.Flag);
    static readonly Opt Quiet = new("quiet", "no progress on standard error", Kind.Flag);
    static readonly Opt ExpectVersion = new("expect-version", "refuse if the claim has changed since this version (from 'claims show')", Kind.Long, Value: "V");
    static readonly Arg ClaimId = new("ID", "the claim's number");
    static readonly string[] Roles = ["factchecker", "editor", "admin"];
    static readonly string[] SpeakerKinds = ["person", "organization"];

    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("factcheck — claim fact-checking workflow engine: the desk's database, users, claims, intake, workers and tools.\n" +
            "The database is FactCheck:Database in appsettings.json, or FactCheck__Database__Provider / FactCheck__Database__ConnectionString\n" +
            "in the environment (default: SQLite data/factcheck.db). --as defaults to $FACTCHECK_USER.");

        Command Leaf(string name, string help, Arg[] args, Opt[] opts, Func<Context, Task<int>> run)
        {
            var cmd = new Command(name, help);
            foreach (var a in args)
                cmd.Arguments.Add(a.Many
                    ? new Argument<string[]>(a.Name) { Description = a.Help, Arity = a.Optional ? ArgumentArity.ZeroOrMore : ArgumentArity.OneOrMore }
                    : new Argument<string>(a.Name) { Description = a.Help, Arity = a.Optional ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne });
            foreach (var o in opts) cmd.Options.Add(Make(o));
            cmd.SetAction((parse, stop) => run(new Context(Args.From(parse), stdout, stderr, stop)));
            return cmd;
        }

        Command Group(string name, string help, params Command[] children)
        {
            var cmd = new Command(name, help);
            foreach (var c in children) cmd.Subcommands.Add(c);
            return cmd;
        }

        Func<Context, Task<int>> Host(Func<CliHost, Context, Task<int>> run) => async c =>
        {
            await using var host = CliHost.Create();
            return await run(host, c);
        };

        root.Subcommands.Add(Leaf("init", "create and migrate the database, check the workflows", [], [], Host((h, c) => CliHost.Init(h, c.Out))));
        root.Subcommands.Add(Leaf("demo", "seed demo users (printed with their passwords) and claims in every stage", [], [], Host(async (h, c) =>
        {
            foreach (var line in await FactCheck.Features.Demo.SeedDemo.Seed(h.Get<global::Mediator.IMediator>(), h.Services)) c.Out.WriteLine(line);
            return 0;
        })));
        root.Subcommands.Add(Group("db", "the database", Leaf("migrate", "apply pending migrations", [], [], Host((h, c) => CliHost.Init(h, c.Out)))));

        var password = new Opt("password", "the password on the command line (refused unless --insecure-password-arg)", Value: "P");
        var passwordStdin = new Opt("password-stdin", "read the password from standard input (one line)", Kind.Flag);
        var insecure = new Opt("insecure-password-arg", "allow --password (it lands in the shell history and the process list)", Kind.Flag);
        root.Subcommands.Add(Group("users", "people on the desk, their roles and passwords",
            Leaf("add", "add a user; the password from stdin, or asked for at a terminal", [new("NAME", "the sign-in name")],
                [new("role", "a role: factchecker, editor or admin (repeat, or comma-separate)", Kind.Many, Value: "ROLE"), password, passwordStdin, insecure,
                 new("display-name", "the name shown on cards", Value: "NAME")], Host((h, c) => UserCommands.Add(h, c.Args, c.Out))),
            Leaf("list", "every user with their roles", [], [Json], Host((h, c) => UserCommands.List(h, c.Args, c.Out))),
            Leaf("roles", "replace a user's roles (--none: no access)", [new("NAME", "the user")],
                [new("role", "a role: factchecker, editor or admin (repeat, or comma-separate)", Kind.Many, Value: "ROLE"), new("none", "no roles: the desk is closed to them", Kind.Flag)],
                Host((h, c) => UserCommands.Roles(h, c.Args, c.Out))),
            Leaf("password", "set a password (lifts a lockout, ends other sessions); at least 12 characters, not the name, not a common one",
                [new("NAME", "the user")], [password, passwordStdin, insecure], Host((h, c) => UserCommands.Password(h, c.Args, c.Out))),
            Leaf("audit", "who changed users, roles, passwords and tokens, newest first", [], [new("limit", "how many entries (50)", Kind.Int, Value: "N"), Json],
                Host((h, c) => UserCommands.AuditLog(h, c.Args, c.Out)))));

        root.Subcommands.Add(Group("claims", "claims on the desk: add, import, list, show, edit, assign, fire triggers",
            Leaf("add", "a claim added by hand (to an article, with --article)", [],
                [new("text", "the claim's statement", Required: true, Value: "T"), new("speaker", "who said it", Value: "S"),
                 new("speaker-kind", "person or organization", Values: SpeakerKinds), new("channel", "how it reached the article (a broadcaster, a report…)", Value: "C"),
                 new("quote", "the speaker's exact words", Value: "Q"), new("priority", "0 (default) and up", Kind.Int, Value: "N"), As,
                 new("article", "the article it comes from", Kind.Int, Value: "ID"), new("evidence", "the words of the article it rests on", Value: "TEXT")],
                Host((h, c) => ClaimCommands.Add(h, c.Args, c.Out))),
            Leaf("import", "claims in bulk from CSV/TSV with a header: text (required), speaker, channel, url, published; a bad row stops the import (its line is named) unless --skip-bad",
                [new("FILE", "the CSV or TSV file")],
                [new("skip-bad", "import the good rows and list the bad ones", Kind.Flag), new("separator", "a character, or tab (default: comma; tab for .tsv)", Value: "C"), As, Quiet],
                Host((h, c) => BulkClaimCommands.Import(h, c))),
            Leaf("export", "every claim as CSV: state, speaker, rating, card URL", [new("FILE", "the file to write, or - for standard output")],
                [new("state", "only claims in this state", Value: "S")], Host((h, c) => BulkClaimCommands.Export(h, c.Args, c.Out, c.Err))),
            Leaf("edit", "the claim as checked; until approval (in approval it withdraws the verdict)", [ClaimId],
                [new("statement", "the statement as checked", Value: "T"), new("speaker", "who said it", Value: "S"), new("speaker-role", "their role (\"assistant commissioner\")", Value: "R"),
                 new("speaker-kind", "person or organization", Values: SpeakerKinds), new("channel", "how it reached the article", Value: "C"), new("url", "the article's address", Value: "U"),
                 ExpectVersion, As], Host((h, c) => ClaimCommands.Edit(h, c.Args, c.Out))),
            Leaf("assign", "give a claim to a fact-checker (editors)", [ClaimId, new("USER", "who takes it (or --none)", Optional: true)],
                [new("none", "nobody holds it", Kind.Flag), As], Host((h, c) => ClaimCommands.Assign(h, c.Args, c.Out))),
            Leaf("list", "the queue, newest first", [],
                [new("state", "only claims in this state", Value: "S"), new("queue", "the queue of a role", Value: "ROLE"), new("assignee", "held by USER, or none", Value: "USER"),
                 new("words", "words of the statement, speaker or channel", Value: "W"), new("page", "page number (1)", Kind.Int, Value: "N"), new("page-size", "claims a page (50)", Kind.Int, Value: "N"), Json],
                Host((h, c) => ClaimCommands.List(h, c.Args, c.Out))),
            Leaf("report", "the desk over the last N days: published, times, who did what, the queue now", [],
                [new("days", "how many days back (30)", Kind.Int, Value: "N"), Json], Host((h, c) => ClaimCommands.Report(h, c.Args, c.Out))),
            Leaf("show", "a claim with its sources, verdicts, journal and the triggers USER may fire now", [ClaimId], [As, Json],
                Host((h, c) => ClaimCommands.Show(h, c.Args, c.Out))),
            Leaf("fire", "fire a workflow trigger ('claims show ID --as USER' lists them)", [ClaimId, new("TRIGGER", "e.g. approve, send_back, correct")],
                [As, new("note", "why (send_back needs one)", Value: "N"), new("public-note", "the correction text readers see ('correct')", Value: "P"),
                 new("relation", "approving while a card on the same claim is published", Values: ["agrees", "differs", "supersedes"]), ExpectVersion],
                Host((h, c) => ClaimCommands.Fire(h, c.Args, c.Out))),
            Leaf("take", "take a claim from the queue", [ClaimId], [As], Host((h, c) => ClaimCommands.Take(h, c.Args, c.Out))),
            Leaf("release", "put a claim back in the queue", [ClaimId], [As], Host((h, c) => ClaimCommands.Release(h, c.Args, c.Out)))));

        root.Subcommands.Add(Group("sources", "the evidence of a claim",
            Leaf("add", "attach a source", [ClaimId],
                [new("url", "the source's address", Required: true, Value: "URL"), new("kind", "primary (default) or secondary", Values: ["primary", "secondary"]),
                 new("title", "its title", Value: "T"), new("passage", "the passage that matters", Value: "P"), new("quote-found", "whether the quoted words are in it", Values: ["yes", "no"]),
                 new("original", "the speaker's original remarks", Kind.Flag), As], Host((h, c) => ClaimCommands.AddSource(h, c.Args, c.Out))),
            Leaf("remove", "remove a source (before editor approval only)", [new("SOURCE_ID", "the source's number")],
                [new("note", "why", Value: "N"), As], Host((h, c) => ClaimCommands.RemoveSource(h, c.Args, c.Out)))));

        root.Subcommands.Add(Group("verdicts", "reviewers' verdicts",
            Leaf("submit", "submit a verdict for editor approval", [ClaimId],
                [As, new("rating", "a rating of the scale (ratings.json)", Required: true, Value: "R"), new("summary", "the verdict in a sentence", Required: true, Value: "S"),
                 new("rationale", "the reasoning (Markdown)", Value: "R"), new("cite", "a source number the verdict rests on (repeat)", Kind.Many, Value: "SOURCE_ID"), ExpectVersion],
                Host((h, c) => ClaimCommands.SubmitVerdict(h, c.Args, c.Out)))));

        root.Subcommands.Add(Leaf("worker", "run due jobs (activities, timers) until Ctrl+C or SIGTERM", [],
            [new("concurrency", "jobs at once (default from configuration)", Kind.Int, Value: "N"), new("once", "drain what is due and exit", Kind.Flag)],
            Host((h, c) => WorkerCommands.Run(h, c.Args, c.Out))));
        root.Subcommands.Add(Group("incidents", "jobs that failed every retry",
            Leaf("list", "open incidents (--all: resolved too)", [], [new("all", "resolved ones too", Kind.Flag), new("activity", "only this activity's", Value: "ACTIVITY"), Json], Host((h, c) => WorkerCommands.ListIncidents(h, c.Args, c.Out))),
            Leaf("retry", "re-queue the job of an incident (or, with --activity, of every open one of that activity; --every: all open ones)",
                [new("ID", "the incident's number", Optional: true)],
                [new("activity", "every open incident of this activity", Value: "ACTIVITY"), new("every", "every open incident", Kind.Flag), As],
                Host((h, c) => WorkerCommands.RetryIncident(h, c.Args, c.Out))),
            Leaf("resolve", "close an incident without running its job again, saying why", [new("ID", "the incident's number")],
                [new("note", "how it was resolved (journaled)", Required: true, Value: "N"), As], Host((h, c) => WorkerCommands.ResolveIncident(h, c.Args, c.Out)))));

        root.Subcommands.Add(Leaf("extract", "attributed claims in articles (UTF-8 text; - reads stdin); nothing is stored", [new("FILE", "articles, or - for stdin", Many: true)], [Json],
            c => Task.FromResult(ExtractCommands.Extract(c.Args, c.Out, c.Err))));
        root.Subcommands.Add(Leaf("ingest", "store articles and open their check-worthy claims; folders give their *.txt files; each article once",
            [new("PATH", "files, folders, or - for stdin", Many: true)],
            [new("title", "the article's title (one file)", Value: "T"), new("outlet", "who published it", Value: "O"), new("published", "its date, e.g. 2022-12-19", Value: "DATE"),
             new("url", "its address (one file)", Value: "U"), new("all", "open every attribution, not only the check-worthy ones", Kind.Flag), As, Quiet],
            Host((h, c) => IngestCommand.Run(h, c))));

        root.Subcommands.Add(Group("eval", "measure extraction and matching against annotated data",
            Leaf("attribution", "precision/recall/F1 against brat-annotated articles; the annotators against each other; the spans missed and made up; speakers", [],
                [new("brat", "a folder of .txt/.ann pairs", Value: "DIR"), new("agreement", "score the annotators against each other", Kind.Flag),
                 new("errors", "list what was missed, made up and drawn otherwise: source, cue or content (with --speakers: the wrong speakers)", Kind.MaybeText, Value: "ROLE"),
                 new("top", "with --errors: how many of each list (40)", Kind.Int, Value: "N"),
                 new("speakers", "score speakers against a JSONL gold file", Value: "GOLD.jsonl"),
                 new("write", "also write the extractor's attributions as brat .ann files into DIR", Value: "DIR"),
                 new("named-speakers", "with --brat: score speakers against the names in the annotated sources", Kind.Flag)], c => Task.FromResult(BratEval.Run(c.Args, c.Out))),
            Leaf("similar", "\"already checked?\" on CheckThat!-shaped data: MAP@k, P@1, recall@k, precision/recall of the \"same claim\" label", [],
                [new("docs", "verified claims (TSV)", Required: true, Value: "FILE"), new("queries", "queries (TSV)", Required: true, Value: "FILE"),
                 new("qrels", "query–claim pairs", Required: true, Value: "FILE"), new("top", "k (5)", Kind.Int, Value: "N"), new("errors", "list the misses", Kind.Flag),
                 new("sweep", "precision/recall of the label over thresholds", Kind.Flag), new("ranker", "fused (default), lexical or semantic", Values: ["fused", "lexical", "semantic"]),
                 new("desk", "keep the loaded desk in this SQLite file and reuse it", Value: "FILE")], c => EvalSimilar.Run(c.Args, c.Out))));

        root.Subcommands.Add(Group("claimreview", "other fact-checkers' verdicts (ClaimReview), matched as \"checked elsewhere\"",
            Leaf("import", "JSON-LD, claimreview.json, a page carrying it, or Fact Check Tools claims:search", [new("SOURCE", "files or http(s) URLs", Many: true)], [As, Json],
                Host((h, c) => ClaimReviewCommands.Import(h, c.Args, c.Out))),
            Leaf("list", "imported fact-checks, newest first", [], [new("limit", "how many (50)", Kind.Int, Value: "N")], Host((h, c) => ClaimReviewCommands.List(h, c.Args, c.Out)))));

        root.Subcommands.Add(Group("train", "train models",
            Leaf("attribution", "train the attribution tagger on brat-annotated articles", [],
                [new("brat", "training articles (.txt/.ann)", Required: true, Value: "DIR"), new("out", "the model file to write", Required: true, Value: "FILE"),
                 new("dev", "score the model on these afterwards", Value: "DIR"), new("epochs", "passes over the data (15)", Kind.Int, Value: "N"),
                 new("context", "also learn from MiniLM's contextual word vectors (far slower to tag)", Kind.Flag), new("context-scale", "weight of the vectors against the hashed features (1)", Value: "X"), new("context-window", "tokens whose vectors each token reads (1)", Value: "N"), new("seed", "how the examples are shuffled (20261125)", Kind.Int, Value: "N"), Quiet],
                TrainAttribution.Run)));

        root.Subcommands.Add(Group("tokens", "API tokens for /api (only their hash is stored)",
            Leaf("add", "a token acting as USER, shown once", [new("NAME", "the token's name")], [As], Host((h, c) => TokenCommands.Add(h, c.Args, c.Out))),
            Leaf("list", "every token, when it was last used", [], [Json], Host((h, c) => TokenCommands.List(h, c.Args, c.Out))),
            Leaf("revoke", "revoke a token", [new("NAME", "the token's name")], [], Host((h, c) => TokenCommands.Revoke(h, c.Args, c.Out)))));

        root.Subcommands.Add(Group("publish", "the public site",
            Leaf("export", "the public site (cards, JSON-LD, images, feeds, sitemap) as files", [new("DIR", "where to write it")], [Quiet],
                Host((h, c) => PublishCommands.Export(h, c)))));

        root.Subcommands.Add(Group("workflows", "workflow definitions",
            Leaf("validate", "check the definitions (file:line: path: reason on error, exit 6)", [new("DIR", "the folder (default: configured)", Optional: true)], [Json],
                c => Task.FromResult(WorkflowCommands.Validate(c.Args, c.Out))),
            Leaf("graph", "a workflow as a Mermaid state diagram on stdout", [new("WORKFLOW_ID", "e.g. claim-review")], [new("version", "the version (latest)", Kind.Int, Value: "N")],
                c => Task.FromResult(WorkflowCommands.Graph(c.Args, c.Out))),
            Leaf("migrate", "move running claims to another version of their workflow; refuses (changing nothing) if any claim cannot be placed",
                [new("WORKFLOW_ID", "e.g. claim-review")],
                [new("to", "the version to move to", Kind.Int, Required: true, Value: "VERSION"), new("dry-run", "only say what would change", Kind.Flag),
                 new("map", "where claims in a state the new version lacks go (repeat)", Kind.Many, Value: "OLD=NEW"), As, Json],
                Host((h, c) => WorkflowCommands.Migrate(h, c.Args, c.Out)))));

        root.Subcommands.Add(Leaf("bench", "benchmarks; see docs/benchmarks.md", [],
            [new("provider", "sqlite or postgres (both)", Values: ["sqlite", "postgres"]), new("connection", "a PostgreSQL connection string", Value: "CS"),
             new("transitions", "transitions to time (2000)", Kind.Int, Value: "N"), new("claims", "claims in the queue (1,000,000)", Kind.Int, Value: "N"),
             new("rounds", "rounds (9)", Kind.Int, Value: "N"), new("jobs", "jobs to drain (10,000)", Kind.Int, Value: "N"), new("workers", "workers (4)", Kind.Int, Value: "N"),
             new("only", "one benchmark", Values: ["extract", "cards", "similar"]), new("corpus", "a folder of *.txt articles", Value: "DIR"), new("mb", "megabytes of text for --only extract (20)", Value: "N"), new("article", "an article file", Value: "FILE")],
            c => Bench.Run(c.Args, c.Out)));
        return root;
    }

    static Option Make(Opt o)
    {
        var name = "--" + o.Name;
        Option option = o.Kind switch
        {
            Kind.Int => new Option<int>(name),
            Kind.Long => new Option<long>(name),
            Kind.Flag => new Option<bool>(name),
            Kind.Many => new Option<string[]>(name) { AllowMultipleArgumentsPerToken = false },
            Kind.MaybeText => new Option<string>(name) { Arity = ArgumentArity.ZeroOrOne },
            _ => new Option<string>(name),
        };
        option.Description = o.Help;
        option.Required = o.Required;
        if (o.Value is not null) option.HelpName = o.Value;
        if (o.Values is { } values && option is Option<string> text) text.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>The option or command nearest a misspelt one (edit distance at most a third of its length, at least 2).</summary>
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        var t = typed.TrimStart('-');
        var best = known.Select(k => (k, d: Distance(t, k.TrimStart('-')))).OrderBy(x => x.d).FirstOrDefault();
        return best.k is not null && best.d <= Math.Max(2, t.Length / 3) ? best.k : null;
    }

    static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    /// <summary>What to say about a command line that did not parse: each error, the nearest real option or command, where help is.</summary>
    public static void Explain(ParseResult parse, TextWriter err)
    {
        var command = parse.CommandResult.Command;
        var options = command.Options.Where(o => !o.Hidden).Select(o => o.Name).ToList();
        var subcommands = command.Subcommands.Select(c => c.Name).ToList();
        var tokens = parse.Tokens.Select(t => t.Value).ToList();
        var unknownOptions = parse.UnmatchedTokens.Where(t => t.StartsWith('-')).ToHashSet();
        var lines = new List<string>();
        foreach (var e in parse.Errors)
        {
            var message = e.Message;
            var unmatched = parse.UnmatchedTokens.FirstOrDefault(t => message.Contains($"'{t}'", StringComparison.Ordinal));
            if (unmatched is not null && unmatched.StartsWith('-'))
            {
                message = $"unknown option {unmatched}";
                if (Nearest(unmatched, options) is { } near) message += $"; did you mean {near}?";
                else if (options.Count > 0) message += $"; options here: {string.Join(", ", options.Where(o => o != "--help"))}";
            }
            else if (unmatched is not null && tokens.IndexOf(unmatched) is > 0 and var at && unknownOptions.Contains(tokens[at - 1]))
                continue; // the value of an unknown option: that option's error says it all
            else if (unmatched is not null && subcommands.Count > 0)
            {
                message = $"unknown command '{unmatched}'";
                if (Nearest(unmatched, subcommands) is { } near) message += $"; did you mean '{near}'?";
                else message += $"; commands here: {string.Join(", ", subcommands)}";
            }
            else if (subcommands.Count > 0 && command.Action is null)
            {
                if (parse.UnmatchedTokens.Count > 0) continue; // an unknown command is said above
                message = $"'{string.Join(' ', Path(command))}' needs a command: {string.Join(", ", subcommands)}";
            }
            else if (NotANumber().Match(message) is { Success: true } m)
                message = $"{m.Groups[2].Value} must be a whole number, not '{m.Groups[1].Value}'";
            lines.Add($"error: {message}");
        }
        foreach (var line in lines.Distinct()) err.WriteLine(line);
        var path = string.Join(' ', Path(command));
        err.WriteLine($"run 'factcheck {(path.Length == 0 ? "" : path + " ")}--help' for usage");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type 'System\.Int(?:32|64)'")]
    private static partial System.Text.RegularExpressions.Regex NotANumber();

    static IEnumerable<string> Path(Command c)
    {
        var names = new List<string>();
        for (Symbol? s = c; s is Command cmd and not RootCommand; s = cmd.Parents.FirstOrDefault()) names.Insert(0, cmd.Name);
        return names;
    }
}
