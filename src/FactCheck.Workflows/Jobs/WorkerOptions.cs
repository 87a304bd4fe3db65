namespace FactCheck.Workflows;

/// <summary><c>FactCheck:Worker</c>: how the job worker claims and runs jobs.</summary>
public sealed class WorkerOptions
{
    /// <summary>Run the worker inside the web app (a hosted service).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Activities run at once by one worker.</summary>
    public int Concurrency { get; set; } = 4;
    /// <summary>How long a claimed job belongs to a worker unless renewed; renewed every third of it while the activity runs.</summary>
    public double LeaseSeconds { get; set; } = 30;
    /// <summary>How often an idle worker looks for due jobs.</summary>
    public int PollMilliseconds { get; set; } = 1000;
    /// <summary>On shutdown, how long running activities get to finish before their leases are released.</summary>
    public double ShutdownGraceSeconds { get; set; } = 10;

    /// <summary>
    /// A job whose lease lapsed this many times without an outcome (its worker died running it: out of memory, a native
    /// crash) becomes an incident instead of being claimed again.
    /// </summary>
    public int PoisonAfterLapses { get; set; } = 3;

    /// <summary><see cref="LeaseSeconds"/> as a time span.</summary>
    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
