using FactCheck.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Jobs;

/// <summary>An activity's commit written against the session of the transaction that records the job's outcome.</summary>
public static class SqlCommit
{
    /// <summary>Wraps SQL writes for <see cref="Workflows.ActivityResult.Commit"/>: they run on the recording scope's session, inside its transaction.</summary>
    public static Func<IServiceProvider, CancellationToken, Task> In(Func<DbSession, CancellationToken, Task> write) =>
        (services, ct) => write(services.GetRequiredService<DbSession>(), ct);
}
