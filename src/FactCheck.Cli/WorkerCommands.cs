using System.Runtime.InteropServices;
using FactCheck.Features.Incidents;
using FactCheck.Jobs;
using FactCheck.Workflows;

namespace FactCheck.Cli;

public static class WorkerCommands
{
    /// <summary>`factcheck worker`: runs jobs until SIGTERM/SIGINT (graceful: finishes or releases what it holds); --once drains what is due and exits.</summary>
    public static async Task<int> Run(CliHost host, Args a, TextWriter o)
    {
        var options = host.Get<WorkerOptions>();
        if (a.Int("concurrency") is { } n)
        {
            if (n < 1) throw new UsageException("--concurrency must be 1 or more");
            options.Concurrency = n;
        }
        var worker = host.Get<Worker>();
        if (a.Has("once"))
        {
            var ran = await worker.RunDue();
            o.WriteLine($"ran {ran} job(s)");
            return 0;
        }
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext c) { c.Cancel = true; stop.Cancel(); }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var intr = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        o.WriteLine($"worker {worker.Id} running with concurrency {options.Concurrency}; Ctrl+C or SIGTERM stops it");
        await o.FlushAsync();
        await worker.Run(stop.Token);
        o.WriteLine("worker stopped");
        return 0;
    }

    public static async Task<int> ListIncidents(CliHost host, Args a, TextWriter o)
    {
        var list = await host.Send(new ListIncidents.Query(a.Has("all"), a.Opt("activity")));
        if (a.Has("json")) return JsonOut.Write(o, list);
        if (list.Count == 0) o.WriteLine(a.Has("all") ? "no incidents" : "no open incidents");
        foreach (var i in list)
            o.WriteLine($"{i.Id,5}  claim {i.InstanceId,-6} job {i.JobId,-6} {i.Activity,-16} attempts {i.Attempts,-3} {i.CreatedAt:yyyy-MM-dd HH:mm}  " +
                        $"{(i.ResolvedAt is null ? "OPEN    " : "resolved")}  {i.Error}{(i.Resolution is null or "retried" ? "" : $"  [resolved by {i.ResolvedBy}: {i.Resolution}]")}");
        return 0;
    }

    public static async Task<int> RetryIncident(CliHost host, Args a, TextWriter o)
    {
        var actor = await Operator(host, a);
        if (a.Pos(2) is null)
        {
            if (a.Opt("activity") is null && !a.Has("every")) throw new UsageException("give an incident ID, --activity ACTIVITY or --every");
            var all = await host.Send(new RetryIncident.Matching(a.Opt("activity"), actor));
            o.WriteLine(all.Count == 0 ? "no open incidents to retry" : $"{all.Count} incident(s) resolved; their jobs re-queued: {string.Join(", ", all.Select(r => $"claim {r.InstanceId}"))}");
            return 0;
        }
        if (a.Opt("activity") is not null || a.Has("every")) throw new UsageException("give an incident ID or --activity/--every, not both");
        var r = await host.Send(new RetryIncident.Command(a.Id(2, "incident ID"), actor));
        o.WriteLine($"incident {r.IncidentId} resolved; job {r.JobId} of claim {r.InstanceId} re-queued");
        return 0;
    }

    public static async Task<int> ResolveIncident(CliHost host, Args a, TextWriter o)
    {
        var r = await host.Send(new ResolveIncident.Command(a.Id(2, "incident ID"), await Operator(host, a), a.Opt("note")));
        o.WriteLine($"incident {r.IncidentId} resolved without a retry; the note is in claim {r.InstanceId}'s journal");
        return 0;
    }

    /// <summary>--as USER acts as that desk user (with their roles); without it, the operator at the server.</summary>
    static async Task<Actor> Operator(CliHost host, Args a)
    {
        var actor = await host.Actor(a, required: false);
        return actor == Actor.System ? new Actor(null, "cli", new HashSet<string>()) : actor;
    }
}
