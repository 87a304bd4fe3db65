using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FactCheck.Workflows;

/// <summary>
/// What the engine reports to OpenTelemetry, under the one name <see cref="Name"/>: a span per transition and per job,
/// and counters and histograms a desk's operator watches (transitions by workflow, trigger and outcome; jobs by activity
/// and outcome, with their duration; incidents; sign-in failures). Nothing is recorded unless a listener is attached
/// (the web app's OpenTelemetry set-up, a test's MeterListener): without one each call is a flag check.
/// </summary>
public static class EngineTelemetry
{
    /// <summary>The name of the activity source and the meter (what an OpenTelemetry set-up subscribes to).</summary>
    public const string Name = "FactCheck";

    /// <summary>Spans: a transition, a job.</summary>
    public static readonly ActivitySource Source = new(Name);
    /// <summary>The engine's instruments.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>Fires, tagged workflow, trigger and outcome (moved, refused, conflict, not_found).</summary>
    public static readonly Counter<long> Transitions = Meter.CreateCounter<long>("factcheck.transitions", "{transition}", "Triggers fired, by workflow, trigger and outcome");
    /// <summary>Jobs run to an outcome (done, retry, failed, cancelled), tagged activity and outcome.</summary>
    public static readonly Counter<long> Jobs = Meter.CreateCounter<long>("factcheck.jobs", "{job}", "Jobs run, by activity and outcome");
    /// <summary>Seconds an activity ran, tagged activity.</summary>
    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("factcheck.job.duration", "s", "How long an activity ran");
    /// <summary>Incidents opened (retries spent, a poison job), tagged activity.</summary>
    public static readonly Counter<long> Incidents = Meter.CreateCounter<long>("factcheck.incidents", "{incident}", "Incidents opened, by activity and cause");
    /// <summary>Sign-ins refused, tagged reason (unknown_user, wrong_password, locked).</summary>
    public static readonly Counter<long> SignInFailures = Meter.CreateCounter<long>("factcheck.signin.failures", "{attempt}", "Sign-ins refused (wrong password, unknown user, locked out)");

    internal static string Outcome(FireStatus status) => status switch
    {
        FireStatus.Moved => "moved",
        FireStatus.Refused => "refused",
        FireStatus.Conflict => "conflict",
        _ => "not_found",
    };
}
