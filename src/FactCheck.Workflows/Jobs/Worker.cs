using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FactCheck.Workflows;

/// <summary>
/// Claims and runs jobs with up to <see cref="WorkerOptions.Concurrency"/> activities at once, renewing its leases
/// while they run. On shutdown it stops claiming, lets running activities finish within the grace period, and
/// releases the leases of the rest. If renewing fails (database gone), it cancels its activities: their leases
/// will expire and another worker takes the jobs.
/// </summary>
public sealed class Worker(JobRunner runner, WorkerOptions options, ILogger<Worker> log)
{
    /// <summary>This worker's lease owner name: machine, process and a random suffix.</summary>
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Claims and runs jobs until <paramref name="stopping"/>, then drains.</summary>
    public async Task Run(CancellationToken stopping)
    {
        var running = new ConcurrentDictionary<long, (Task Task, CancellationTokenSource Cancel)>();
        using var renewStop = new CancellationTokenSource();
        var renewal = RenewLoop(running, renewStop.Token);
        log.LogInformation("worker {Worker} started: concurrency {Concurrency}, lease {Lease}s", Id, options.Concurrency, options.LeaseSeconds);
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                Reap(running);
                var claimed = 0;
                var free = options.Concurrency - running.Count;
                if (free > 0)
                {
                    try
                    {
                        foreach (var job in await runner.Claim(Id, free, stopping))
                        {
                            var cts = new CancellationTokenSource();
                            running[job.Id] = (Task.Run(() => runner.Execute(Id, job, cts.Token)), cts);
                            claimed++;
                        }
                    }
                    catch (OperationCanceledException) when (stopping.IsCancellationRequested) { break; }
                    catch (Exception ex) { log.LogError(ex, "worker {Worker} could not claim jobs", Id); }
                }
                if (claimed == 0 || running.Count >= options.Concurrency)
                {
                    var wait = running.Values.Select(r => r.Task).Append(Task.Delay(options.PollMilliseconds, stopping));
                    try { await Task.WhenAny(wait); } catch (OperationCanceledException) { }
                }
            }
        }
        finally
        {
            await Drain(running);
            renewStop.Cancel();
            await renewal;
            log.LogInformation("worker {Worker} stopped", Id);
        }
    }

    /// <summary>Runs every job due now, batch after batch, until none is due; returns how many ran. For `worker --once` and tests.</summary>
    public async Task<int> RunDue(CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            var jobs = await runner.Claim(Id, Math.Max(options.Concurrency, 1) * 8, ct);
            if (jobs.Count == 0) return total;
            using var throttle = new SemaphoreSlim(Math.Max(options.Concurrency, 1));
            await Task.WhenAll(jobs.Select(async job =>
            {
                await throttle.WaitAsync(ct);
                try { await runner.Execute(Id, job, ct); }
                finally { throttle.Release(); }
            }));
            total += jobs.Count;
        }
    }

    void Reap(ConcurrentDictionary<long, (Task Task, CancellationTokenSource Cancel)> running)
    {
        foreach (var (id, r) in running.Where(r => r.Value.Task.IsCompleted).ToList())
        {
            if (r.Task.IsFaulted) log.LogError(r.Task.Exception, "job {Job} could not be recorded; its lease will expire", id);
            r.Cancel.Dispose();
            running.TryRemove(id, out _);
        }
    }

    async Task Drain(ConcurrentDictionary<long, (Task Task, CancellationTokenSource Cancel)> running)
    {
        if (running.Count == 0) return;
        log.LogInformation("worker {Worker} finishing {Count} running job(s)", Id, running.Count);
        var all = Task.WhenAll(running.Values.Select(r => r.Task));
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(options.ShutdownGraceSeconds)));
        foreach (var (id, r) in running.Where(r => !r.Value.Task.IsCompleted).ToList())
        {
            r.Cancel.Cancel();
            try { await r.Task; } catch (OperationCanceledException) { }
            try { await runner.Release(Id, id, CancellationToken.None); } catch (Exception ex) { log.LogWarning(ex, "could not release job {Job}", id); }
        }
        Reap(running);
    }

    async Task RenewLoop(ConcurrentDictionary<long, (Task Task, CancellationTokenSource Cancel)> running, CancellationToken ct)
    {
        var every = TimeSpan.FromSeconds(Math.Max(options.LeaseSeconds / 3, 0.1));
        while (!ct.IsCancellationRequested)
        {
            try { await Task.Delay(every, ct); } catch (OperationCanceledException) { return; }
            try { await runner.Renew(Id, running.Keys.ToList(), ct); }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception ex)
            {
                // Without renewals the leases lapse; stop the work so nobody else's run races ours.
                log.LogError(ex, "worker {Worker} could not renew its leases; cancelling its running activities", Id);
                foreach (var r in running.Values.ToList()) r.Cancel.Cancel();
            }
        }
    }
}
