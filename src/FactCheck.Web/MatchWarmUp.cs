using FactCheck.Data;
using FactCheck.Search;

namespace FactCheck.Web;

/// <summary>
/// Loads the sentence-embedding model and this node's match index in the background at start, so that the first claim
/// page or ingest preview does not wait for them (about 1.5 s for the model, plus a second per 20,000 claims).
/// </summary>
public sealed class MatchWarmUp(IServiceScopeFactory scopes, ILogger<MatchWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            Embedder.Encode("warm up");
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            var index = MatchIndex.For(db);
            await index.CatchUp(db, stoppingToken);
            log.LogInformation("match index ready: {Count} documents", index.Count);
        }
        catch (OperationCanceledException) { }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            log.LogWarning("match index not warmed up: {Error} (it loads on first use)", ex.Message);
        }
    }
}
