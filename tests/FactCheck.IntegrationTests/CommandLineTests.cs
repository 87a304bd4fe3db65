using System.Diagnostics;
using System.Text.Json;

namespace FactCheck.IntegrationTests;

/// <summary>
/// The command line as operators and their scripts use it (System.CommandLine): help per command, misspellings answered
/// with the nearest real option, typed values checked before anything runs, --json that jq reads, a folder of articles
/// ingested with a summary, Ctrl+C between articles. Real processes on a SQLite file of the test's own.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("fc-cmdline-").FullName;
    readonly Dictionary<string, string> _env;

    public CommandLineTests() => _env = new()
    {
        ["FactCheck__Database__Provider"] = "sqlite",
        ["FactCheck__Database__ConnectionString"] = $"Data Source={Path.Combine(_dir, "fc.db")}",
    };

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    Task<Processes.Output> Fc(params string[] args) => Processes.Run(Processes.CliDll, _dir, _env, args);

    static void Ok(Processes.Output o)
    {
        Assert.True(o.ExitCode == 0, $"exit {o.ExitCode}: {o.Stderr}");
    }

    [Fact]
    public async Task Help_is_per_command_and_mistakes_are_answered_with_the_nearest_real_name()
    {
        var help = await Fc("verdicts", "submit", "--help");
        Ok(help);
        Assert.Contains("factcheck verdicts submit <ID> [options]", help.Stdout);
        foreach (var option in new[] { "--rating", "--summary", "--rationale", "--cite", "--as", "--expect-version" }) Assert.Contains(option, help.Stdout);
        Assert.Contains("--rating <R> (REQUIRED)", help.Stdout);
        // Only this command's options: none of claims edit's, claims add's or the root's list of commands.
        foreach (var other in new[] { "--statement", "--speaker", "--text", "--url", "users", "worker" }) Assert.DoesNotContain(other, help.Stdout);

        var typo = await Fc("claims", "edit", "3", "--statment", "Cargo rose");
        Assert.Equal(2, typo.ExitCode);
        Assert.Equal("error: unknown option --statment; did you mean --statement?\nrun 'factcheck claims edit --help' for usage\n", typo.Stderr);
        var command = await Fc("claims", "lsit");
        Assert.Equal((2, true), (command.ExitCode, command.Stderr.Contains("unknown command 'lsit'; did you mean 'list'?")));
        var notNumber = await Fc("claims", "list", "--page", "two");
        Assert.Equal((2, true), (notNumber.ExitCode, notNumber.Stderr.Contains("--page must be a whole number, not 'two'")));
        var notAllowed = await Fc("claims", "add", "--text", "Cargo rose", "--speaker-kind", "robot");
        Assert.Equal(2, notAllowed.ExitCode);
        Assert.Contains("robot", notAllowed.Stderr);
        Assert.Contains("person", notAllowed.Stderr);
        var missing = await Fc("verdicts", "submit", "1", "--rating", "False");
        Assert.Equal((2, true), (missing.ExitCode, missing.Stderr.Contains("--summary")));
        // Nothing ran: a usage error never touches the database.
        Assert.False(File.Exists(Path.Combine(_dir, "fc.db")));
        // Tab completion: what dotnet-suggest asks (the line and the cursor) is answered from the same definitions.
        Assert.Equal("edit", (await Fc("[suggest:9]", "claims ed")).Stdout.Trim());
        Assert.Equal("person", (await Fc("[suggest:27]", "claims add --speaker-kind p")).Stdout.Trim());
        // A response file holds arguments, one or more a line.
        File.WriteAllText(Path.Combine(_dir, "add.rsp"), "claims add\n--text \"Cargo traffic rose by a fifth\"\n--speaker \"Marta K. Ilves\"\n");
        var fromFile = await Fc("@add.rsp");
        Ok(fromFile);
        Assert.Contains("claim 1 opened", fromFile.Stdout);
    }

    [Fact]
    public async Task Claims_list_json_round_trips_through_jq()
    {
        Ok(await Fc("users", "add", "alice", "--role", "factchecker", "--password", "a long enough password 1", "--insecure-password-arg"));
        Ok(await Fc("claims", "add", "--text", "Cargo traffic rose by a fifth last year", "--speaker", "Marta K. Ilves", "--channel", "Coastline Radio"));
        Ok(await Fc("claims", "add", "--text", "The \"new\" terminal will open in May", "--speaker", "Port Authority", "--speaker-kind", "organization"));
        Ok(await Fc("claims", "take", "2", "--as", "alice"));

        var json = await Fc("claims", "list", "--json");
        Ok(json);
        Assert.Single(json.Stdout.Trim().Split('\n')); // one document on one line
        var doc = JsonDocument.Parse(json.Stdout).RootElement;
        var items = doc.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([2L, 1L], items.Select(i => i.GetProperty("id").GetInt64()).OrderDescending());
        var two = items.Single(i => i.GetProperty("id").GetInt64() == 2);
        Assert.Equal("The \"new\" terminal will open in May", two.GetProperty("text").GetString());
        Assert.Equal("alice", two.GetProperty("assigneeName").GetString());
        Assert.False(doc.GetProperty("hasMore").GetBoolean());

        // What a script does: pipe it through jq.
        var psi = new ProcessStartInfo("bash") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"dotnet '{Processes.CliDll}' claims list --json | jq -r '.items[] | \"\\(.id)\\t\\(.speaker)\\t\\(.text)\"' | sort");
        foreach (var (k, v) in _env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        var error = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, error);
        Assert.Equal("1\tMarta K. Ilves\tCargo traffic rose by a fifth last year\n2\tPort Authority\tThe \"new\" terminal will open in May\n", output);

        // The other listing and showing commands speak JSON too.
        var show = JsonDocument.Parse((await Fc("claims", "show", "1", "--json", "--as", "alice")).Stdout).RootElement;
        Assert.Equal("Marta K. Ilves", show.GetProperty("claim").GetProperty("speaker").GetString());
        Assert.Equal("start", show.GetProperty("journal")[0].GetProperty("kind").GetString());
        Assert.Contains(show.GetProperty("triggers").EnumerateArray(), t => t.GetProperty("trigger").GetString() == "start_lookup");
        var users = JsonDocument.Parse((await Fc("users", "list", "--json")).Stdout).RootElement;
        Assert.Equal("factchecker", users.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "alice").GetProperty("roles")[0].GetString());
        var audit = JsonDocument.Parse((await Fc("users", "audit", "--json")).Stdout).RootElement;
        Assert.Equal("user.added", audit[0].GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse((await Fc("incidents", "list", "--json")).Stdout).RootElement.ValueKind);
        Ok(await Fc("tokens", "add", "wire", "--as", "alice"));
        var tokens = (await Fc("tokens", "list", "--json")).Stdout;
        Assert.Equal("wire", JsonDocument.Parse(tokens).RootElement[0].GetProperty("name").GetString());
        Assert.DoesNotContain("fc_", tokens); // never the token itself
        Assert.Equal(2, JsonDocument.Parse((await Fc("claims", "report", "--json")).Stdout).RootElement.GetProperty("opened").GetInt32());
    }

    [Fact]
    public async Task Workflows_validate_json_names_each_error_with_file_and_line()
    {
        var good = await Fc("workflows", "validate", Path.Combine(TestApp.RepoRoot, "workflows"), "--json");
        Ok(good);
        var ok = JsonDocument.Parse(good.Stdout).RootElement;
        Assert.True(ok.GetProperty("valid").GetBoolean());
        Assert.Contains(ok.GetProperty("workflows").EnumerateArray(), w => w.GetProperty("id").GetString() == "claim-review");

        var bad = Directory.CreateDirectory(Path.Combine(_dir, "wf")).FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(TestApp.RepoRoot, "workflows"))) File.Copy(f, Path.Combine(bad, Path.GetFileName(f)));
        var path = Path.Combine(bad, "claim-review.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"PT8H\"", "\"8 hours\""));
        var o = await Fc("workflows", "validate", bad, "--json");
        Assert.Equal(6, o.ExitCode);
        var error = JsonDocument.Parse(o.Stdout).RootElement;
        Assert.False(error.GetProperty("valid").GetBoolean());
        var first = error.GetProperty("errors")[0];
        Assert.Equal(path, first.GetProperty("file").GetString());
        Assert.True(first.GetProperty("line").GetInt32() > 1);
        Assert.Equal("$.states.source_lookup.due", first.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Incidents_and_migrations_at_the_command_line_refuse_bad_input_and_say_why()
    {
        var noTarget = await Fc("incidents", "retry");
        Assert.Equal((2, true), (noTarget.ExitCode, noTarget.Stderr.Contains("give an incident ID, --activity ACTIVITY or --every")));
        var both = await Fc("incidents", "retry", "4", "--every");
        Assert.Equal((2, true), (both.ExitCode, both.Stderr.Contains("not both")));
        Assert.Equal("no open incidents to retry\n", (await Fc("incidents", "retry", "--activity", "push-event")).Stdout);
        var missing = await Fc("incidents", "resolve", "99", "--note", "done by hand");
        Assert.Equal((3, "error: incident 99 not found\n"), (missing.ExitCode, missing.Stderr));
        var noNote = await Fc("incidents", "resolve", "99");
        Assert.Equal((2, true), (noNote.ExitCode, noNote.Stderr.Contains("--note")));

        var noVersion = await Fc("workflows", "migrate", "claim-review", "--to", "9");
        Assert.Equal((2, true), (noVersion.ExitCode, noVersion.Stderr.Contains("claim-review has no version 9 (loaded: v1)")));
        var badMap = await Fc("workflows", "migrate", "claim-review", "--to", "1", "--map", "review");
        Assert.Equal((2, true), (badMap.ExitCode, badMap.Stderr.Contains("--map 'review': give OLD_STATE=NEW_STATE")));
        Ok(await Fc("claims", "add", "--text", "Cargo traffic rose by a fifth"));
        var plan = await Fc("workflows", "migrate", "claim-review", "--to", "1", "--dry-run", "--json");
        Ok(plan);
        Assert.Equal(0, JsonDocument.Parse(plan.Stdout).RootElement.GetProperty("claims").GetInt32()); // every claim is on v1 already
    }

    static string Article(int i) =>
        $"The harbour master of port {i}, Jonas Berg-{i}, said on Monday that cargo traffic through berth {i} had risen by {i + 3} percent in the last quarter.\n\n" +
        $"Local officials warned that the new toll of {i + 10} euros would cut traffic to the islands.\n";

    [Fact]
    public async Task Ingest_reads_a_folder_of_fifty_articles_and_sums_them_up()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "articles")).FullName;
        for (var i = 1; i <= 50; i++) File.WriteAllText(Path.Combine(folder, $"article-{i:D2}.txt"), Article(i));
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not an article"); // not *.txt: not read
        var o = await Fc("ingest", folder, "--outlet", "Harbour Daily");
        Ok(o);
        var lines = o.Stdout.Trim().Split('\n');
        Assert.Matches(@"^file\s+article\s+attributions\s+opened\s+status$", lines[0]);
        Assert.Equal(52, lines.Length); // header, 50 rows, total
        Assert.Matches(@"article-01\.txt\s+1\s+[1-9]\d*\s+\d+\s+stored$", lines[1]);
        Assert.Matches(@"article-50\.txt\s+50\s+[1-9]\d*\s+\d+\s+stored$", lines[50]);
        var total = System.Text.RegularExpressions.Regex.Match(lines[^1], @"^50 file\(s\): 50 stored, 0 already ingested, 0 failed; (\d+) attribution\(s\), (\d+) claim\(s\) opened$");
        Assert.True(total.Success, lines[^1]);
        var opened = int.Parse(total.Groups[2].Value);
        Assert.True(opened >= 50, lines[^1]);
        // Progress went to standard error (not a terminal here: a line per tenth), never into the table.
        Assert.Contains("articles ingested 50/50", o.Stderr);
        var list = JsonDocument.Parse((await Fc("claims", "list", "--json", "--page-size", "500")).Stdout).RootElement;
        Assert.Equal(opened, list.GetProperty("items").GetArrayLength());

        // Again, with one new file, one that is not UTF-8, and --quiet: each article once; the bad file named, the rest go on.
        File.WriteAllText(Path.Combine(folder, "article-51.txt"), Article(51));
        var extra = Path.Combine(_dir, "latin1.txt");
        File.WriteAllBytes(extra, [0x43, 0x61, 0x66, 0xE9, 0x20, 0x73, 0x61, 0x69, 0x64]);
        var again = await Fc("ingest", folder, extra, "--quiet");
        Assert.Equal(2, again.ExitCode);
        Assert.Equal("", again.Stderr);
        Assert.Contains("52 file(s): 1 stored, 50 already ingested, 1 failed", again.Stdout);
        Assert.Matches(@"latin1\.txt\s+—\s+0\s+0\s+error: .*not UTF-8 text \(invalid bytes at offset 3\)", again.Stdout);
        var refused = await Fc("ingest", folder, "--title", "One title for many");
        Assert.Equal((2, true), (refused.ExitCode, refused.Stderr.Contains("--title and --url name one article")));
    }

    [Fact]
    public async Task Ctrl_c_stops_an_ingest_between_articles_and_says_what_was_done()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "many")).FullName;
        for (var i = 1; i <= 300; i++) File.WriteAllText(Path.Combine(folder, $"a-{i:D3}.txt"), Article(i));
        using var p = Process.Start(Processes.Start(Processes.CliDll, _dir, _env, "ingest", folder))!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        // Wait for the first progress line (one article done), then press Ctrl+C.
        var first = await p.StandardError.ReadLineAsync();
        Assert.StartsWith("articles ingested", first);
        Assert.Equal(0, Kill(p.Id, "INT"));
        var rest = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.Equal(130, p.ExitCode);
        var m = System.Text.RegularExpressions.Regex.Match(rest, @"stopped by Ctrl\+C after (\d+) of 300 file\(s\)");
        Assert.True(m.Success, rest);
        var done = int.Parse(m.Groups[1].Value);
        Assert.InRange(done, 1, 299);
        // The summary lists exactly what was stored, and the database agrees.
        Assert.Contains($"{done} stored", await stdout);
        var again = await Fc("ingest", folder, "--quiet");
        Assert.Contains($"300 file(s): {300 - done} stored, {done} already ingested, 0 failed", again.Stdout);
    }

    static int Kill(int pid, string signal)
    {
        using var k = Process.Start("kill", $"-{signal} {pid}");
        k.WaitForExit();
        return k.ExitCode;
    }
}
