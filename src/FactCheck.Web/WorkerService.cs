using FactCheck.Jobs;
using FactCheck.Workflows;

namespace FactCheck.Web;

/// <summary>Runs the job worker inside the web app unless FactCheck:Worker:Enabled is false.</summary>
public sealed class WorkerService(Worker worker) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.Run(stoppingToken);
}
