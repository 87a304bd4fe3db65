using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace FactCheck.IntegrationTests;

/// <summary>The `factcheck` command as a user runs it: a real process, a real SQLite file, exit codes and stderr.</summary>
public sealed class CliTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("fc-cli-").FullName;
    readonly Dictionary<string, string> _env;

    public CliTests() => _env = new()
    {
        ["FactCheck__Database__Provider"] = "sqlite",
        ["FactCheck__Database__ConnectionString"] = $"Data Source={Path.Combine(_dir, "data", "fc.db")}",
    };

    Task<Processes.Output> Fc(params string[] args) => Processes.Run(Processes.CliDll, _dir, _env, args);

    static void Ok(Processes.Output o, string expected)
    {
        Assert.True(o.ExitCode == 0, $"exit {o.ExitCode}: {o.Stderr}");
        Assert.Contains(expected, o.Stdout);
    }

    [Fact]
    public async Task Walks_a_claim_to_publishing_and_explains_refusals()
    {
        Ok(await Fc("init"), "no users yet");
        Ok(await Fc("users", "add", "alice", "--role", "factchecker"), "alice (factchecker)");
        Ok(await Fc("users", "add", "ed", "--role", "editor"), "ed (editor)");
        Ok(await Fc("claims", "add", "--text", "Talks would focus on economic matters", "--speaker", "Lukashenko", "--channel", "Belta"), "claim 1 opened in 'intake'");
        Ok(await Fc("claims", "take", "1", "--as", "alice"), "assigned to alice");
        Ok(await Fc("claims", "fire", "1", "start_lookup", "--as", "alice"), "intake → source_lookup");

        var refused = await Fc("claims", "fire", "1", "start_review", "--as", "alice");
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("no primary source is attached yet", refused.Stderr);

        Ok(await Fc("sources", "add", "1", "--url", "https://example.org/belta/remarks", "--kind", "primary", "--quote-found", "yes", "--as", "alice"), "source #1 added");
        Ok(await Fc("claims", "fire", "1", "start_review", "--as", "alice"), "source_lookup → review");
        Ok(await Fc("verdicts", "submit", "1", "--as", "alice", "--rating", "true", "--summary", "The Belta report quotes him."), "now in 'editor_approval'");

        var noNote = await Fc("claims", "fire", "1", "send_back", "--as", "ed");
        Assert.Equal((4, "error: Refused: 'send_back' requires a note saying why\n"), (noNote.ExitCode, noNote.Stderr));

        var show = await Fc("claims", "show", "1", "--as", "alice");
        Ok(show, "approve            blocked: 'approve' needs the role editor; alice has factchecker");
        Ok(await Fc("claims", "fire", "1", "approve", "--as", "ed"), "editor_approval → publishing (version 4)");
        Ok(await Fc("claims", "list", "--state", "publishing"), "Lukashenko: Talks would focus");
        Ok(await Fc("claims", "list", "--words", "talks focus"), "Lukashenko: Talks would focus");
        Ok(await Fc("claims", "list", "--words", "unemployment"), "no claims");

        var report = await Fc("claims", "report", "--days", "7");
        Ok(report, "opened 1, published 0");
        Ok(report, "sent back 0"); // the send-back without a note was refused and left nothing
        Assert.Matches(@"alice\s+verdicts\s+1\s+approved\s+0\s+sent back\s+0", report.Stdout);
        Assert.Matches(@"ed\s+verdicts\s+0\s+approved\s+1\s+sent back\s+0", report.Stdout);
        Assert.Matches(@"open in publishing\s+1", report.Stdout);
        Assert.Equal(2, (await Fc("claims", "report", "--days", "400")).ExitCode);
    }

    [Fact]
    public async Task Users_get_other_roles_and_new_passwords_from_the_cli()
    {
        // A password never rides on the command line unless the script says it knows the risk.
        var onCommandLine = await Fc("users", "add", "lena", "--role", "factchecker", "--password", "plum quartz ferry 41");
        Assert.Equal((2, true), (onCommandLine.ExitCode, onCommandLine.Stderr.Contains("--password-stdin")));
        Ok(await Processes.RunWithInput(Processes.CliDll, _dir, _env, "plum quartz ferry 41\n", "users", "add", "lena", "--role", "factchecker", "--password-stdin"), "lena (factchecker)");
        Ok(await Fc("users", "roles", "lena", "--role", "editor", "--role", "factchecker"), "lena: editor, factchecker");
        Ok(await Fc("users", "password", "lena", "--password", "violet anchor gravel 7", "--insecure-password-arg"), "new password set");
        var noPassword = await Fc("users", "password", "lena");
        Assert.Equal((2, true), (noPassword.ExitCode, noPassword.Stderr.Contains("--password-stdin")));
        var list = await Fc("users", "list");
        Assert.Matches(@"lena\s+editor,factchecker", list.Stdout);
        var missing = await Fc("users", "roles", "nobody", "--role", "editor");
        Assert.Equal((3, "error: user nobody not found\n"), (missing.ExitCode, missing.Stderr));
        var shortPassword = await Processes.RunWithInput(Processes.CliDll, _dir, _env, "short\n", "users", "password", "lena", "--password-stdin");
        Assert.Equal(2, shortPassword.ExitCode);
        Assert.Contains("a password needs at least 12 characters", shortPassword.Stderr);
        var common = await Processes.RunWithInput(Processes.CliDll, _dir, _env, "password1234\n", "users", "password", "lena", "--password-stdin");
        Assert.Equal((2, true), (common.ExitCode, common.Stderr.Contains("too common")));
        var noRole = await Fc("users", "roles", "lena");
        Assert.Equal((2, true), (noRole.ExitCode, noRole.Stderr.Contains("give at least one --role")));
        Ok(await Fc("users", "roles", "lena", "--none"), "lena: no roles; the desk is closed to them");

        // Every change is in the audit, newest first, with the command line as the actor; refused ones are not.
        var audit = (await Fc("users", "audit")).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, audit.Length);
        Assert.Matches(@"Z  cli\s+roles.changed\s+lena\s+editor, factchecker → none$", audit[0]);
        Assert.Matches(@"cli\s+password.set\s+lena\s+lockout lifted", audit[1]);
        Assert.Matches(@"cli\s+roles.changed\s+lena\s+factchecker → editor, factchecker$", audit[2]);
        Assert.Matches(@"cli\s+user.added\s+lena\s+roles factchecker$", audit[3]);
        Assert.DoesNotContain("password 2", string.Join('\n', audit));
        Assert.Single((await Fc("users", "audit", "--limit", "1")).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, (await Fc("users", "audit", "--limit", "0")).ExitCode);
    }

    [Fact]
    public async Task Errors_go_to_stderr_with_a_non_zero_exit_code()
    {
        var missing = await Fc("claims", "show", "42");
        Assert.Equal((3, "error: claim 42 not found\n", ""), (missing.ExitCode, missing.Stderr, missing.Stdout));

        var badRole = await Fc("users", "add", "mallory", "--role", "owner");
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("Roles[0]: unknown role 'owner'; use factchecker, editor or admin", badRole.Stderr);

        var unknownUser = await Fc("claims", "fire", "1", "start_lookup", "--as", "nobody");
        Assert.Equal((3, "error: user nobody not found\n"), (unknownUser.ExitCode, unknownUser.Stderr));

        var usage = await Fc("claims", "fire", "abc", "x");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("claim ID must be a positive number, not 'abc'", usage.Stderr);

        var unknownOption = await Fc("claims", "list", "--colour", "red");
        Assert.Equal(2, unknownOption.ExitCode);
        Assert.Contains("unknown option --colour", unknownOption.Stderr);
    }

    [Fact]
    public async Task Workflows_validate_refuses_a_copy_that_renames_a_state_the_desk_names()
    {
        var copy = Directory.CreateDirectory(Path.Combine(_dir, "renamed")).FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(TestApp.RepoRoot, "workflows"), "*.json")) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        var file = Path.Combine(copy, "claim-review.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"editor_approval\"", "\"approval\""));

        var o = await Fc("workflows", "validate", copy);

        Assert.Equal(6, o.ExitCode);
        Assert.Contains($"{file}:1: $.states: the desk's code names state 'editor_approval' but claim-review v1 has none", o.Stderr);
    }

    [Fact]
    public async Task Workflows_validate_names_file_line_path_and_reason()
    {
        var bad = Directory.CreateDirectory(Path.Combine(_dir, "bad")).FullName;
        var json = File.ReadAllText(Path.Combine(TestApp.RepoRoot, "workflows", "claim-review.json")).Replace("\"due\": \"PT8H\"", "\"due\": \"8 hours\"");
        File.WriteAllText(Path.Combine(bad, "claim-review.json"), json);
        var line = json[..json.IndexOf("\"source_lookup\":", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var o = await Fc("workflows", "validate", bad);

        Assert.Equal(6, o.ExitCode);
        Assert.Contains($"{Path.Combine(bad, "claim-review.json")}:{line}: $.states.source_lookup.due: '8 hours' is not an ISO-8601 duration", o.Stderr);
        Ok(await Fc("workflows", "validate", Path.Combine(TestApp.RepoRoot, "workflows")), "ok  claim-review.json: claim-review v1, 8 states, 15 transitions");
        var graph = await Fc("workflows", "graph", "claim-review");
        Ok(graph, "editor_approval --> publishing : approve [has_complete_verdict, approver_is_not_verdict_author, compared_with_published_cards, speaker_is_named]");
        Assert.StartsWith("stateDiagram-v2", graph.Stdout);
    }

    [Fact]
    public async Task Api_tokens_are_shown_once_listed_and_revoked()
    {
        Ok(await Fc("users", "add", "wire", "--role", "factchecker"), "wire (factchecker)");
        var noUser = await Fc("tokens", "add", "intake");
        Assert.Equal((2, true), (noUser.ExitCode, noUser.Stderr.Contains("give --as USER")));
        var add = await Fc("tokens", "add", "intake", "--as", "wire");
        Ok(add, "token intake for wire (shown once; only its hash is stored):");
        var token = add.Stdout.Split('\n')[1];
        Assert.StartsWith("fc_", token);
        Assert.Equal(2, (await Fc("tokens", "add", "intake", "--as", "wire")).ExitCode); // names are unique
        var list = await Fc("tokens", "list");
        Ok(list, "intake");
        Assert.DoesNotContain(token, list.Stdout);
        Ok(await Fc("tokens", "revoke", "intake"), "token intake revoked");
        Ok(await Fc("tokens", "list"), "REVOKED");
        Assert.Equal(3, (await Fc("tokens", "revoke", "intake")).ExitCode);
        var audit = (await Fc("users", "audit")).Stdout;
        Assert.Matches(@"cli\s+token.revoked\s+intake", audit);
        Assert.Matches(@"cli\s+token.created\s+intake\s+acts as wire", audit);
        Assert.DoesNotContain(token, audit);
    }

    [Fact]
    public async Task A_bad_rating_scale_stops_start_up_with_the_file_and_the_reason()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "wf")).FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(TestApp.RepoRoot, "workflows"))) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(dir, "ratings.json"), """{ "ratings": [ { "name": "true", "value": 1, "label": "True" } ] }""");
        var env = new Dictionary<string, string>(_env) { ["FactCheck__Workflows__Directory"] = dir };
        var o = await Processes.Run(Processes.CliDll, _dir, env, "claims", "list");
        Assert.Equal(1, o.ExitCode);
        Assert.Contains($"{Path.Combine(dir, "ratings.json")}: $.ratings: a scale needs at least two ratings", o.Stderr);
    }

    [Fact]
    public async Task Bad_webhook_settings_stop_start_up_naming_each_setting()
    {
        var env = new Dictionary<string, string>(_env)
        {
            ["FactCheck__Publishing__Webhooks__0__Name"] = "chat",
            ["FactCheck__Publishing__Webhooks__0__Url"] = "ftp://chat.example/hook",
            ["FactCheck__Publishing__Webhooks__0__Secret"] = "s",
            ["FactCheck__Publishing__Webhooks__0__Events__0"] = "verdict_awaiting_approval",
            ["FactCheck__Publishing__Webhooks__0__Events__1"] = "verdict_approved",
            ["FactCheck__Publishing__Webhooks__1__Name"] = "chat",
            ["FactCheck__Publishing__Webhooks__1__Url"] = "https://partner.example/hook",
        };
        var o = await Processes.Run(Processes.CliDll, _dir, env, "claims", "list");
        Assert.Equal(1, o.ExitCode);
        Assert.Contains("FactCheck:Publishing:Webhooks:0:Url 'ftp://chat.example/hook' is not an absolute http(s) address", o.Stderr);
        Assert.Contains("FactCheck:Publishing:Webhooks:0:Events:1 'verdict_approved' is not an event (known: *, card.published, claim_assigned, overdue, verdict_awaiting_approval, verdict_sent_back)", o.Stderr);
        Assert.Contains("FactCheck:Publishing:Webhooks:1:Name 'chat' is used by an earlier target", o.Stderr);
        Assert.Contains("FactCheck:Publishing:Webhooks:1:Secret is empty", o.Stderr);
        Assert.DoesNotContain("Webhooks:0:Events:0", o.Stderr);

        env.Remove("FactCheck__Publishing__Webhooks__1__Name");
        env.Remove("FactCheck__Publishing__Webhooks__1__Url");
        env["FactCheck__Publishing__Webhooks__0__Url"] = "https://chat.example/hook";
        env.Remove("FactCheck__Publishing__Webhooks__0__Events__1");
        var good = await Processes.Run(Processes.CliDll, _dir, env, "claims", "list");
        Assert.True(good.ExitCode == 0, good.Stderr);
    }

    [Fact]
    public async Task A_bad_attribution_model_stops_start_up_with_the_path_and_the_reason()
    {
        var junk = Path.Combine(_dir, "junk.model");
        File.WriteAllText(junk, "not a model");
        var env = new Dictionary<string, string>(_env) { ["FACTCHECK_ATTRIBUTION_MODEL"] = junk };
        var o = await Processes.Run(Processes.CliDll, _dir, env, "claims", "list");
        Assert.Equal(1, o.ExitCode);
        Assert.Contains($"FACTCHECK_ATTRIBUTION_MODEL={junk}: not an attribution model", o.Stderr);
        var missing = await Processes.Run(Processes.CliDll, _dir, new Dictionary<string, string>(_env) { ["FACTCHECK_ATTRIBUTION_MODEL"] = junk + ".gone" }, "claims", "list");
        Assert.Equal((1, true), (missing.ExitCode, missing.Stderr.Contains($"FACTCHECK_ATTRIBUTION_MODEL={junk}.gone: Could not find file")));
    }

    [Fact]
    public async Task The_web_app_migrates_on_start_and_serves_healthz()
    {
        int port;
        using (var l = new TcpListener(System.Net.IPAddress.Loopback, 0)) { l.Start(); port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port; }
        using var web = System.Diagnostics.Process.Start(Processes.Start(Processes.WebDll, _dir, _env, "--urls", $"http://127.0.0.1:{port}"))!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            JsonElement health = default;
            for (var i = 0; i < 100; i++)
            {
                try { health = await http.GetFromJsonAsync<JsonElement>("/healthz"); break; }
                catch (HttpRequestException) { await Task.Delay(200); }
            }
            Assert.Equal("ok", health.GetProperty("status").GetString());
            Assert.Equal("sqlite", health.GetProperty("database").GetString());
            Assert.Equal(0, health.GetProperty("claims").GetInt64());
            Assert.True(File.Exists(Path.Combine(_dir, "data", "fc.db")));
        }
        finally { web.Kill(entireProcessTree: true); await web.WaitForExitAsync(); }
        var console = await web.StandardOutput.ReadToEndAsync();
        Assert.Contains("No users yet. Create the first admin with: dotnet run --project src/FactCheck.Cli -- users add NAME --role admin", console);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>`factcheck extract`, `ingest` and `eval attribution` as a user runs them.</summary>
public sealed class ExtractCliTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("fc-extract-").FullName;
    readonly Dictionary<string, string> _env;

    public ExtractCliTests() => _env = new()
    {
        ["FactCheck__Database__Provider"] = "sqlite",
        ["FactCheck__Database__ConnectionString"] = $"Data Source={Path.Combine(_dir, "fc.db")}",
    };

    const string Article = "The Center for Coastal Studies, a Boston-based research group, said in a report published on Tuesday that a new storm surge was unlikely as “there are still no signs that the sea wall is failing”.\n";

    string Write(string name, byte[] bytes) { var p = Path.Combine(_dir, name); File.WriteAllBytes(p, bytes); return p; }
    Task<Processes.Output> Fc(params string[] args) => Processes.Run(Processes.CliDll, _dir, _env, args);

    [Fact]
    public async Task Extract_prints_one_json_object_per_file()
    {
        var a = Write("a.txt", System.Text.Encoding.UTF8.GetBytes(Article));
        var b = Write("b.txt", [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes("Nothing attributed here.")]);
        var o = await Fc("extract", a, b, "--json");
        Assert.Equal(0, o.ExitCode);
        var lines = o.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(a, first.GetProperty("file").GetString());
        var x = first.GetProperty("attributions")[0];
        Assert.Equal("The Center for Coastal Studies, a Boston-based research group", x.GetProperty("source").GetProperty("text").GetString());
        Assert.Equal("Center for Coastal Studies", x.GetProperty("speaker").GetString());
        Assert.Equal(0, x.GetProperty("source").GetProperty("start").GetInt32());
        Assert.Equal("said in a report published", x.GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("a report", x.GetProperty("channel").GetString());
        Assert.Equal("there are still no signs that the sea wall is failing", x.GetProperty("quotes")[0].GetProperty("text").GetString());
        Assert.InRange(x.GetProperty("checkworthiness").GetDouble(), 0, 1);
        Assert.Equal(0, JsonDocument.Parse(lines[1]).RootElement.GetProperty("attributions").GetArrayLength());
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message()
    {
        var binary = await Fc("extract", Write("x.bin", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]));
        Assert.Equal(2, binary.ExitCode);
        Assert.Contains("looks binary (a NUL byte at offset 4); give UTF-8 text", binary.Stderr);
        var latin1 = await Fc("extract", Write("l.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x73, 0x61, 0x69, 0x64]));
        Assert.Contains("not UTF-8 text (invalid bytes at offset 3)", latin1.Stderr);
        var empty = await Fc("extract", Write("e.txt", []));
        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("0 attribution(s)", empty.Stdout);
        Assert.Contains("empty", empty.Stderr);
        Assert.Contains("no such file", (await Fc("extract", Path.Combine(_dir, "missing.txt"))).Stderr);
        Assert.DoesNotContain("   at ", binary.Stderr + latin1.Stderr + empty.Stderr); // no stack traces
    }

    [Fact]
    public async Task Ingest_opens_claims_once()
    {
        var file = Write("article.txt", System.Text.Encoding.UTF8.GetBytes(Article));
        var first = await Fc("ingest", file, "--title", "Storm surge", "--outlet", "Example Wire", "--published", "2026-11-20");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("article 1 stored; 1 attribution(s): opened 1 claim(s)", first.Stdout);
        Assert.Contains("claim 1", first.Stdout);
        var second = await Fc("ingest", file);
        Assert.StartsWith("already ingested as article 1 on ", second.Stdout);
        Assert.Contains("nothing created", second.Stdout);
        Assert.Contains("[intake]", (await Fc("claims", "show", "1")).Stdout);
        var badDate = await Fc("ingest", file, "--published", "last tuesday");
        Assert.Equal((2, true), (badDate.ExitCode, badDate.Stderr.Contains("--published must be a date")));
    }

    string Brat(string name, int copies = 1)
    {
        var brat = Directory.CreateDirectory(Path.Combine(_dir, name)).FullName;
        var content = Article.IndexOf("that a new", StringComparison.Ordinal);
        var end = Article.IndexOf("failing”", StringComparison.Ordinal) + "failing”".Length;
        var said = Article.IndexOf(" said ", StringComparison.Ordinal) + 1;
        for (var i = 0; i < copies; i++)
        {
            File.WriteAllText(Path.Combine(brat, $"doc{i}.txt"), Article);
            File.WriteAllText(Path.Combine(brat, $"doc{i}_ann1.ann"), string.Join("\n",
                $"T1\tSource 0 {said - 2}\t{Article[..(said - 2)]}",
                $"T2\tCue {said} {said + 4}\tsaid",
                $"T3\tContent {content} {end}\t{Article[content..end]}",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3") + "\n");
        }
        return brat;
    }

    [Fact]
    public async Task Eval_agreement_scores_one_annotator_against_another()
    {
        var brat = Brat("agree");
        // A second annotator who marked the same content and cue but only "The Center for Coastal Studies" as source.
        var said = Article.IndexOf(" said ", StringComparison.Ordinal) + 1;
        var content = Article.IndexOf("that a new", StringComparison.Ordinal);
        var end = Article.IndexOf("failing”", StringComparison.Ordinal) + "failing”".Length;
        File.WriteAllText(Path.Combine(brat, "doc0_ann2.ann"), string.Join("\n",
            "T1\tSource 0 30\tThe Center for Coastal Studies",
            $"T2\tCue {said} {said + 4}\tsaid",
            $"T3\tContent {content} {end}\tx",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3") + "\n");
        var o = await Fc("eval", "attribution", "--brat", brat, "--agreement");
        Assert.Equal(0, o.ExitCode);
        Assert.Contains("1 pairs of annotators", o.Stdout);
        // Source: 5 of the first annotator's 9 words; exact spans differ.
        Assert.Matches(@"Source\s+0\.000\s+0\.000\s+0\.000\s+1\.000\s+0\.556\s+0\.714", o.Stdout);
        Assert.Matches(@"Cue\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000", o.Stdout);
        var single = await Fc("eval", "attribution", "--brat", Brat("single"), "--agreement");
        Assert.Equal((2, true), (single.ExitCode, single.Stderr.Contains("no text has two annotators")));
    }

    [Fact]
    public async Task The_contextual_model_is_chosen_by_name()
    {
        // A sentence the shipped fast model reads with its words cut ("… two safety"); the contextual model reads it whole.
        var text = Write("union.txt", System.Text.Encoding.UTF8.GetBytes("On Monday, the pilots' union, in a statement, said the terminal had failed two safety audits since June.\n"));
        var context = new Dictionary<string, string>(_env) { ["FACTCHECK_ATTRIBUTION_MODEL"] = "context" };
        var o = await Processes.Run(Processes.CliDll, _dir, context, "extract", text, "--json");
        Assert.True(o.ExitCode == 0, o.Stderr);
        var x = Assert.Single(JsonDocument.Parse(o.Stdout).RootElement.GetProperty("attributions").EnumerateArray());
        Assert.Equal(("pilots' union", "a statement"), (x.GetProperty("speaker").GetString(), x.GetProperty("channel").GetString()));
        Assert.Equal("the terminal had failed two safety audits since June", x.GetProperty("content").GetProperty("text").GetString());
        // The name is the whole value: "contextual" is a path like any other, and there is no such file.
        var typo = await Processes.Run(Processes.CliDll, _dir, new Dictionary<string, string>(_env) { ["FACTCHECK_ATTRIBUTION_MODEL"] = "contextual" }, "extract", text);
        Assert.Equal((1, true), (typo.ExitCode, typo.Stderr.Contains("FACTCHECK_ATTRIBUTION_MODEL=contextual: Could not find file")));
    }

    [Fact]
    public async Task Train_writes_a_model_that_learns_its_examples()
    {
        var brat = Brat("train", copies: 6);
        var model = Path.Combine(_dir, "attribution.model");
        var o = await Fc("train", "attribution", "--brat", brat, "--out", model, "--dev", brat, "--epochs", "3");
        Assert.True(o.ExitCode == 0, o.Stderr);
        Assert.True(new FileInfo(model).Length > 100);
        Assert.Contains("6 training documents", o.Stdout);
        // On the articles it learned from, the tagger reproduces the content it was shown.
        var content = System.Text.RegularExpressions.Regex.Match(o.Stdout, @"Content .* tagger P ([\d.]+) R ([\d.]+) F1 ([\d.]+)");
        Assert.True(content.Success, o.Stdout);
        Assert.True(double.Parse(content.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) >= 0.9, o.Stdout);
        // FACTCHECK_ATTRIBUTION_MODEL puts the trained model to work; a file that is not one stops with a message.
        var text = Write("article.txt", System.Text.Encoding.UTF8.GetBytes(Article));
        var own = await Processes.Run(Processes.CliDll, _dir, new Dictionary<string, string>(_env) { ["FACTCHECK_ATTRIBUTION_MODEL"] = model }, "extract", text, "--json");
        Assert.True(own.ExitCode == 0, own.Stderr);
        Assert.Contains("that a new storm surge was unlikely", own.Stdout);
        var junk = Write("junk.model", "not a model"u8.ToArray());
        var bad = await Processes.Run(Processes.CliDll, _dir, new Dictionary<string, string>(_env) { ["FACTCHECK_ATTRIBUTION_MODEL"] = junk }, "extract", text);
        Assert.Equal((1, true), (bad.ExitCode, bad.Stderr.Contains($"FACTCHECK_ATTRIBUTION_MODEL={junk}: not an attribution model")));
        // --context: the model also reads MiniLM's contextual vectors, is saved with their weights and read back.
        var contextual = Path.Combine(_dir, "contextual.model");
        var c = await Fc("train", "attribution", "--brat", brat, "--out", contextual, "--dev", brat, "--epochs", "3", "--context", "--context-scale", "2");
        Assert.True(c.ExitCode == 0, c.Stderr);
        Assert.Contains("context vectors of 6 texts", c.Stdout);
        Assert.True(new FileInfo(contextual).Length > new FileInfo(model).Length, "the contextual model holds its vector weights too");
        var read = await Processes.Run(Processes.CliDll, _dir, new Dictionary<string, string>(_env) { ["FACTCHECK_ATTRIBUTION_MODEL"] = contextual }, "extract", text, "--json");
        Assert.True(read.ExitCode == 0, read.Stderr);
        Assert.Contains("that a new storm surge was unlikely", read.Stdout);
        var scale = await Fc("train", "attribution", "--brat", brat, "--out", contextual, "--context", "--context-scale", "strong");
        Assert.Equal((2, true), (scale.ExitCode, scale.Stderr.Contains("--context-scale: a positive number")));
        var window = await Fc("train", "attribution", "--brat", brat, "--out", contextual, "--context", "--context-window", "2");
        Assert.Equal((2, true), (window.ExitCode, window.Stderr.Contains("--context-window: 1, 3 or 5")));
        var few = await Fc("train", "attribution", "--brat", Brat("few", copies: 2), "--out", model);
        Assert.Equal((2, true), (few.ExitCode, few.Stderr.Contains("training needs at least 4")));
        var epochs = await Fc("train", "attribution", "--brat", brat, "--out", model, "--epochs", "0");
        Assert.Equal((2, true), (epochs.ExitCode, epochs.Stderr.Contains("--epochs: a positive whole number")));
    }

    [Fact]
    public async Task Eval_scores_against_brat_files()
    {
        var brat = Directory.CreateDirectory(Path.Combine(_dir, "brat")).FullName;
        File.WriteAllText(Path.Combine(brat, "doc.txt"), Article);
        // Gold: the source, the cue and the content the extractor should find, and one attribution it cannot.
        var content = Article.IndexOf("that a new", StringComparison.Ordinal);
        var end = Article.IndexOf("failing”", StringComparison.Ordinal) + "failing”".Length;
        var said = Article.IndexOf(" said ", StringComparison.Ordinal) + 1;
        var boston = Article.IndexOf("Boston", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(brat, "doc_ann1.ann"), string.Join("\n",
            $"T1\tSource 0 {said - 2}\t{Article[..(said - 2)]}",
            $"T2\tCue {said} {said + 4}\tsaid",
            $"T3\tContent {content} {end}\t{Article[content..end]}",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
            $"T4\tSource {boston} {boston + 6}\tBoston",
            $"T5\tCue {boston + 7} {boston + 12}\tbased",
            "E2\tAttribution:T5 Source:T4 Cue:T5") + "\n");
        var o = await Fc("eval", "attribution", "--brat", brat);
        Assert.Equal(0, o.ExitCode);
        Assert.Contains("1 documents", o.Stdout);
        Assert.Matches(@"Source\s+1\.000\s+0\.500\s+0\.667", o.Stdout);
        // The tagger reads the cue as "said in a report published" (PolNeAR's convention): the gold "said" is inside it.
        Assert.Matches(@"Cue\s+0\.000\s+0\.000\s+0\.000\s+0\.200\s+1\.000\s+0\.333", o.Stdout);
        Assert.Contains("Content", o.Stdout);
        // --errors lists the spans drawn otherwise than the annotators drew them, gold on the left; --top must be positive.
        var errors = await Fc("eval", "attribution", "--brat", brat, "--errors", "cue", "--top", "3");
        Assert.True(errors.ExitCode == 0, errors.Stderr);
        Assert.Matches(@"that the extractor drew otherwise \(right\) \(1 in all, 1 distinct\)[^\n]*\n\s+1  said ≠ said in a report published", errors.Stdout);
        var zero = await Fc("eval", "attribution", "--brat", brat, "--errors", "cue", "--top", "0");
        Assert.Equal((2, true), (zero.ExitCode, zero.Stderr.Contains("--top: a positive whole number, not 0")));
    }

    /// <summary>
    /// `--named-speakers` makes a speaker gold of the annotated sources (a lone surname completed from the text, pronouns
    /// left out) and scores the extractor's speakers on it; `--write` leaves the extractor's attributions as brat files.
    /// </summary>
    [Fact]
    public async Task Eval_scores_speakers_named_in_annotated_sources_and_writes_brat()
    {
        const string text = "Maria Lopes, the senator, said that the relief fund had been cut by half.\n\n"
                            + "Lopes added that 40 officers had been sent to the camp. She said the camp was full.\n";
        var brat = Directory.CreateDirectory(Path.Combine(_dir, "named")).FullName;
        File.WriteAllText(Path.Combine(brat, "doc.txt"), text);
        string Span(string id, string role, string words, string within)
        {
            var at = text.IndexOf(within, StringComparison.Ordinal) + within.IndexOf(words, StringComparison.Ordinal);
            return $"{id}\t{role} {at} {at + words.Length}\t{words}";
        }
        File.WriteAllText(Path.Combine(brat, "doc_ann1.ann"), string.Join("\n",
            Span("T1", "Source", "Maria Lopes, the senator", "Maria Lopes, the senator"), Span("T2", "Cue", "said", "said that the relief"), Span("T3", "Content", "that the relief fund had been cut by half", "that the"),
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
            Span("T4", "Source", "Lopes", "Lopes added"), Span("T5", "Cue", "added", "added"), Span("T6", "Content", "that 40 officers had been sent to the camp", "that 40"),
            "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
            Span("T7", "Source", "She", "She said"), Span("T8", "Cue", "said", "She said"), Span("T9", "Content", "the camp was full", "the camp was"),
            "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9") + "\n");
        var written = Path.Combine(_dir, "predicted");
        var o = await Fc("eval", "attribution", "--brat", brat, "--named-speakers", "--errors");
        Assert.True(o.ExitCode == 0, o.Stderr);
        // "Maria Lopes, the senator" and "Lopes" (completed to Maria Lopes) count; "She" does not.
        Assert.Contains("2 quotes with a named speaker", o.Stdout);
        Assert.Matches(@"speaker right among found\s+2\s+100", o.Stdout);
        var w = await Fc("eval", "attribution", "--brat", brat, "--write", written);
        Assert.True(w.ExitCode == 0, w.Stderr);
        var ann = File.ReadAllText(Path.Combine(written, "doc.ann"));
        Assert.Contains("T4\tAttribution ", ann);
        Assert.Contains("E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3", ann);
        // What --write leaves is read back as brat: scored against itself it agrees fully.
        File.Copy(Path.Combine(brat, "doc.txt"), Path.Combine(written, "doc.txt"));
        var self = await Fc("eval", "attribution", "--brat", written);
        Assert.Matches(@"Content\s+1\.000\s+1\.000\s+1\.000", self.Stdout);
        Assert.Contains("relief fund", ann);
        // An annotation that points outside its text is named with its file and line, not a crash.
        File.AppendAllText(Path.Combine(brat, "doc_ann1.ann"), $"T10\tSource {text.Length + 5} {text.Length + 9}\tnope\nE4\tAttribution:T2 Source:T10 Content:T3\n");
        var bad = await Fc("eval", "attribution", "--brat", brat, "--named-speakers");
        Assert.Equal((2, true), (bad.ExitCode, bad.Stderr.Contains("doc_ann1.ann, line 13: offsets")));
        var scored = await Fc("eval", "attribution", "--brat", brat, "--errors", "source");
        Assert.Equal((2, true), (scored.ExitCode, scored.Stderr.Contains("doc_ann1.ann: a Source span")));
    }

    /// <summary>
    /// The named-speakers gold is fair to a right answer: titles inside the annotated run ("House Speaker") are not part
    /// of the name, and a titled surname ("Mr. Kowalski") is completed from the text like a lone one.
    /// </summary>
    [Fact]
    public async Task Named_speakers_gold_reads_titles_as_titles()
    {
        const string text = "House Speaker Jan Kowalski said that the port had lost 300 jobs since 2020.\n\n"
                            + "Mr. Kowalski said that the quay would reopen in May.\n";
        var brat = Directory.CreateDirectory(Path.Combine(_dir, "titled")).FullName;
        File.WriteAllText(Path.Combine(brat, "doc.txt"), text);
        string Span(string id, string role, string words, string within)
        {
            var at = text.IndexOf(within, StringComparison.Ordinal) + within.IndexOf(words, StringComparison.Ordinal);
            return $"{id}\t{role} {at} {at + words.Length}\t{words}";
        }
        File.WriteAllText(Path.Combine(brat, "doc_ann1.ann"), string.Join("\n",
            Span("T1", "Source", "House Speaker Jan Kowalski", "House Speaker Jan Kowalski"), Span("T2", "Cue", "said", "said that the port"), Span("T3", "Content", "that the port had lost 300 jobs since 2020", "that the port"),
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
            Span("T4", "Source", "Mr. Kowalski", "Mr. Kowalski said"), Span("T5", "Cue", "said", "said that the quay"), Span("T6", "Content", "that the quay would reopen in May", "that the quay"),
            "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6") + "\n");
        var o = await Fc("eval", "attribution", "--brat", brat, "--named-speakers", "--errors");
        Assert.True(o.ExitCode == 0, o.Stderr);
        Assert.Contains("2 quotes with a named speaker", o.Stdout);
        Assert.Matches(@"speaker right among found\s+2\s+100", o.Stdout);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
