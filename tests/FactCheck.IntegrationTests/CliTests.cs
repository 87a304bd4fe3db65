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
    public async Task Workflows_validate_names_file_line_path_and_reason()
    {
        var bad = Directory.CreateDirectory(Path.Combine(_dir, "bad")).FullName;
        var json = File.ReadAllText(Path.Combine(TestApp.RepoRoot, "workflows", "claim-review.json")).Replace("\"due\": \"PT8H\"", "\"due\": \"8 hours\"");
        File.WriteAllText(Path.Combine(bad, "claim-review.json"), json);
        var line = json[..json.IndexOf("\"source_lookup\":", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var o = await Fc("workflows", "validate", bad);

        Assert.Equal(6, o.ExitCode);
        Assert.Contains($"{Path.Combine(bad, "claim-review.json")}:{line}: $.states.source_lookup.due: '8 hours' is not an ISO-8601 duration", o.Stderr);
        Ok(await Fc("workflows", "validate", Path.Combine(TestApp.RepoRoot, "workflows")), "ok  claim-review.json: claim-review v1, 8 states, 12 transitions");
        var graph = await Fc("workflows", "graph", "claim-review");
        Ok(graph, "editor_approval --> publishing : approve [has_complete_verdict, approver_is_not_verdict_author]");
        Assert.StartsWith("stateDiagram-v2", graph.Stdout);
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
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
