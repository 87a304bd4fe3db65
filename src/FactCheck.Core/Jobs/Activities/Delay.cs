using FactCheck.Workflows;

namespace FactCheck.Jobs.Activities;

/// <summary>Waits for <c>input.duration</c> (ISO-8601) and succeeds: for drills of the job runtime (leases, crashes, shutdown).</summary>
public sealed class Delay : IActivity
{
    public async Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        var text = c.InputString("duration") ?? "PT1S";
        var duration = WorkflowLoader.ParseDuration(text);
        if (duration is null) return ActivityResult.Fail($"input.duration '{text}' is not an ISO-8601 duration");
        await Task.Delay(duration.Value, ct);
        return ActivityResult.Done($"waited {text}");
    }
}
