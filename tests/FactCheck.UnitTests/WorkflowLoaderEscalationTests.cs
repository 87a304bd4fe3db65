using System.Text;
using FactCheck.Workflow;
using FactCheck.Workflows;

namespace FactCheck.UnitTests;

public class WorkflowLoaderEscalationTests
{
    static readonly WorkflowLoader Loader = new(ClaimWorkflow.Names);

    const string Json = """
        {
          "id": "mini", "version": 1, "initial": "open",
          "states": {
            "open": {
              "due": "PT4H",
              "escalate": { "notify": "boss" },
              "onEnter": [ { "activity": "notify", "input": "editor" } ]
            },
            "done": { "final": true }
          },
          "transitions": [ { "trigger": "close", "from": "open", "to": "done", "roles": ["editor"] } ]
        }
        """;

    [Fact]
    public void Reports_bad_escalation_and_activity_input()
    {
        var ex = Assert.Throws<WorkflowLoadException>(() => Loader.Load([("mini.json", Encoding.UTF8.GetBytes(Json))]));
        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains(ex.Errors, e => e.Path == "$.states.open.escalate.notify" && e.Line == 6 && e.Reason.StartsWith("unknown role 'boss'"));
        Assert.Contains(ex.Errors, e => e.Path == "$.states.open.onEnter[0].input" && e.Line == 7 && e.Reason == "input must be a JSON object");
    }

    [Fact]
    public void Escalation_needs_a_due_time()
    {
        var json = Json.Replace("\"due\": \"PT4H\",", "").Replace("\"boss\"", "\"editor\"").Replace("\"input\": \"editor\"", "\"input\": {}");
        var e = Assert.Single(Assert.Throws<WorkflowLoadException>(() => Loader.Load([("mini.json", Encoding.UTF8.GetBytes(json))])).Errors);
        Assert.Equal(("$.states.open.escalate", "escalate needs a due time on the same state"), (e.Path, e.Reason));
    }

    [Fact]
    public void Reads_escalation_and_input_of_the_shipped_workflow()
    {
        var d = ClaimWorkflow.Load(Repo.Workflows).Latest("claim-review");
        Assert.Equal(new Escalation(2, "editor"), d.States["editor_approval"].Escalation);
        Assert.Equal("""{ "role": "editor", "event": "verdict_awaiting_approval" }""", d.States["editor_approval"].OnEnter.Single().Input);
        Assert.Null(d.States["intake"].Escalation);
    }
}
