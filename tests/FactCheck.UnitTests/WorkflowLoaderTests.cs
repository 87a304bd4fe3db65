using System.Text;
using FactCheck.Workflow;
using FactCheck.Workflows;

namespace FactCheck.UnitTests;

public class WorkflowLoaderTests
{
    static readonly WorkflowLoader Loader = new(ClaimWorkflow.Names);

    // A small valid definition, one element per line so line numbers are easy to assert.
    const string Valid = """
        {
          "id": "mini",
          "version": 1,
          "initial": "open",
          "states": {
            "open": { "queue": "factchecker", "due": "PT4H" },
            "done": { "final": true }
          },
          "transitions": [
            { "trigger": "close", "from": "open", "to": "done", "roles": ["editor"] }
          ]
        }
        """;

    static WorkflowError SingleError(string json, string file = "mini.json")
    {
        var ex = Assert.Throws<WorkflowLoadException>(() => Loader.Load([(file, Encoding.UTF8.GetBytes(json))]));
        return Assert.Single(ex.Errors);
    }

    static int LineOf(string json, string fragment) =>
        json[..json.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void Loads_the_shipped_definitions()
    {
        var catalog = ClaimWorkflow.Load(Repo.Workflows);
        var d = catalog.Latest("claim-review");
        Assert.Equal("intake", d.Initial);
        Assert.Equal(["intake", "source_lookup", "review", "editor_approval", "publishing", "published", "unverifiable", "archived"], d.States.Keys);
        Assert.Equal(["note"], d.Find("editor_approval", "send_back")!.Requires);
        Assert.Equal(["has_complete_verdict", "approver_is_not_verdict_author", "compared_with_published_cards", "speaker_is_named"], d.Find("editor_approval", "approve")!.Guards);
        // Every state and trigger the desk shows has words people read, not its code.
        Assert.All(d.States.Values, s => Assert.NotEqual(s.Name, s.Title));
        Assert.All(d.Transitions, t => Assert.False(string.IsNullOrWhiteSpace(t.Title), $"{t.Trigger} from {t.From} has no title"));
        Assert.Equal(TimeSpan.FromHours(4), d.States["editor_approval"].Due);
        Assert.Equal("published", d.States["publishing"].OnEnter.Single().Then);
    }

    [Fact]
    public void Accepts_the_small_valid_definition()
    {
        var d = Loader.Load([("mini.json", Encoding.UTF8.GetBytes(Valid))]).Latest("mini");
        Assert.Equal(2, d.States.Count);
    }

    [Fact]
    public void Reports_invalid_json_with_its_line()
    {
        var json = Valid.Replace("\"initial\": \"open\",", "\"initial\": \"open\"");
        var e = SingleError(json);
        Assert.Equal("mini.json", e.File);
        Assert.Equal(LineOf(json, "\"states\""), e.Line);
        Assert.Contains("invalid JSON", e.Reason);
    }

    [Fact]
    public void Reports_unknown_target_state()
    {
        var json = Valid.Replace("\"to\": \"done\"", "\"to\": \"finished\"");
        var ex = Assert.Throws<WorkflowLoadException>(() => Loader.Load([("mini.json", Encoding.UTF8.GetBytes(json))]));
        var e = Assert.Single(ex.Errors, e => e.Path == "$.transitions[0].to");
        Assert.Equal("mini.json", e.File);
        Assert.Equal(LineOf(json, "\"trigger\": \"close\""), e.Line);
        Assert.Equal("unknown target state 'finished'", e.Reason);
    }

    [Theory]
    [InlineData("\"editor_approval\"", "\"approval\"", "the desk's code names state 'editor_approval'")]
    [InlineData("\"trigger\": \"send_back\"", "\"trigger\": \"return\"", "the desk's code fires trigger 'send_back'")]
    public void A_state_or_trigger_the_code_names_cannot_be_renamed_away_in_the_definition(string from, string to, string reason)
    {
        var dir = Directory.CreateTempSubdirectory("fc-rename-").FullName;
        foreach (var f in Directory.GetFiles(Repo.Workflows, "*.json")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var file = Path.Combine(dir, "claim-review.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace(from, to));
        var ex = Assert.Throws<WorkflowLoadException>(() => FactCheck.Workflow.ClaimWorkflow.Load(dir));
        Assert.Contains(ex.Errors, e => e.Reason.StartsWith(reason, StringComparison.Ordinal) && e.File.EndsWith("claim-review.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_blank_title()
    {
        var json = Valid.Replace("\"roles\": [\"editor\"]", "\"roles\": [\"editor\"], \"title\": \"  \"");
        var e = SingleError(json);
        Assert.Equal(("$.transitions[0].title", LineOf(json, "\"trigger\": \"close\"")), (e.Path, e.Line));
        Assert.Equal("a title cannot be empty; leave it out to show the name", e.Reason);
    }

    [Fact]
    public void Reports_unknown_guard()
    {
        var json = Valid.Replace("\"roles\": [\"editor\"]", "\"roles\": [\"editor\"], \"guards\": [\"has_magic\"]");
        var e = SingleError(json);
        Assert.Equal("$.transitions[0].guards[0]", e.Path);
        Assert.StartsWith("unknown guard 'has_magic'; registered guards: ", e.Reason);
        Assert.Contains("has_primary_source", e.Reason);
    }

    [Fact]
    public void Reports_unknown_activity()
    {
        var json = Valid.Replace("\"due\": \"PT4H\"", "\"due\": \"PT4H\",\n      \"onEnter\": [ { \"activity\": \"send-fax\" } ]");
        var e = SingleError(json);
        Assert.Equal("$.states.open.onEnter[0].activity", e.Path);
        Assert.Equal(LineOf(json, "send-fax"), e.Line);
        Assert.StartsWith("unknown activity 'send-fax'", e.Reason);
    }

    [Fact]
    public void Reports_unknown_role_in_a_transition_and_in_a_queue()
    {
        var json = Valid.Replace("\"roles\": [\"editor\"]", "\"roles\": [\"intern\"]").Replace("\"queue\": \"factchecker\"", "\"queue\": \"night-desk\"");
        var ex = Assert.Throws<WorkflowLoadException>(() => Loader.Load([("mini.json", Encoding.UTF8.GetBytes(json))]));
        Assert.Collection(ex.Errors.OrderBy(e => e.Path),
            e => { Assert.Equal("$.states.open.queue", e.Path); Assert.Equal(LineOf(json, "night-desk"), e.Line); Assert.StartsWith("unknown role 'night-desk'", e.Reason); },
            e => { Assert.Equal("$.transitions[0].roles[0]", e.Path); Assert.StartsWith("unknown role 'intern'; known roles: admin, editor, factchecker, system", e.Reason); });
    }

    [Fact]
    public void Reports_unreachable_state()
    {
        var json = Valid.Replace("\"done\": { \"final\": true }", "\"done\": { \"final\": true },\n    \"limbo\": { \"final\": true }");
        var e = SingleError(json);
        Assert.Equal("$.states.limbo", e.Path);
        Assert.Equal(LineOf(json, "\"limbo\""), e.Line);
        Assert.Equal("state 'limbo' is unreachable from the initial state 'open'", e.Reason);
    }

    [Fact]
    public void Reports_non_final_state_with_no_way_out()
    {
        var json = Valid.Replace("\"done\": { \"final\": true }", "\"done\": { \"title\": \"Done\" }");
        var e = SingleError(json);
        Assert.Equal("$.states.done", e.Path);
        Assert.Equal("state 'done' is not final and has no transition out of it", e.Reason);
    }

    [Fact]
    public void Reports_duplicate_id_and_version_naming_both_files()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        var ex = Assert.Throws<WorkflowLoadException>(() => Loader.Load([("a.json", bytes), ("b.json", bytes)]));
        var e = Assert.Single(ex.Errors);
        Assert.Equal(("b.json", "$.version", LineOf(Valid, "\"version\"")), (e.File, e.Path, e.Line));
        Assert.Equal("duplicate definition: 'mini' version 1 is already defined in a.json", e.Reason);
    }

    [Theory]
    [InlineData("4h")]
    [InlineData("PT")]
    [InlineData("P-1D")]
    [InlineData("PT0S")]
    public void Reports_malformed_duration(string due)
    {
        var json = Valid.Replace("\"due\": \"PT4H\"", $"\"due\": \"{due}\"");
        var e = SingleError(json);
        Assert.Equal(("$.states.open.due", LineOf(json, "\"open\": {")), (e.Path, e.Line));
        Assert.Equal($"'{due}' is not an ISO-8601 duration such as PT4H or P2D", e.Reason);
    }

    [Fact]
    public void Reports_unknown_initial_state_and_missing_fields()
    {
        var json = Valid.Replace("\"initial\": \"open\"", "\"initial\": \"opened\"").Replace("\"trigger\": \"close\", ", "");
        var ex = Assert.Throws<WorkflowLoadException>(() => Loader.Load([("mini.json", Encoding.UTF8.GetBytes(json))]));
        Assert.Contains(ex.Errors, e => e.Path == "$.initial" && e.Reason.StartsWith("unknown initial state 'opened'"));
        Assert.Contains(ex.Errors, e => e.Path == "$.transitions[0]" && e.Reason == "missing required property 'trigger'");
    }

    [Fact]
    public void Message_names_file_line_path_and_reason()
    {
        var json = Valid.Replace("\"to\": \"done\"", "\"to\": \"finished\"");
        var ex = Assert.Throws<WorkflowLoadException>(() => Loader.Load([("workflows/mini.json", Encoding.UTF8.GetBytes(json))]));
        Assert.Contains($"workflows/mini.json:{LineOf(json, "\"trigger\"")}: $.transitions[0].to: unknown target state 'finished'", ex.Message);
    }

    [Fact]
    public void Loads_versions_side_by_side_and_new_instances_take_the_highest()
    {
        var v2 = Valid.Replace("\"version\": 1", "\"version\": 2").Replace("\"due\": \"PT4H\"", "\"due\": \"PT2H\"");
        var catalog = Loader.Load([("mini.json", Encoding.UTF8.GetBytes(Valid)), ("mini-v2.json", Encoding.UTF8.GetBytes(v2))]);
        Assert.Equal(2, catalog.Latest("mini").Version);
        Assert.Equal(TimeSpan.FromHours(4), catalog.Get("mini", 1).States["open"].Due);
        Assert.Equal(TimeSpan.FromHours(2), catalog.Get("mini", 2).States["open"].Due);
        Assert.Throws<KeyNotFoundException>(() => catalog.Get("mini", 3));
    }

    [Fact]
    public void Mermaid_export_matches_the_golden_file()
    {
        var d = ClaimWorkflow.Load(Repo.Workflows).Latest("claim-review");
        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "golden", "claim-review.mmd"));
        Assert.Equal(golden.ReplaceLineEndings("\n"), MermaidExport.Format(d).ReplaceLineEndings("\n"));
    }
}
