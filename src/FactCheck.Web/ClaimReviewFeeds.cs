using FactCheck.Features.FactChecks;
using Mediator;

namespace FactCheck.Web;

/// <summary>
/// Re-reads the ClaimReview feeds named in <c>FactCheck:ClaimReview:Feeds</c> (URLs) every
/// <c>FactCheck:ClaimReview:IntervalMinutes</c> (360), the first time a minute after start, through the same import as
/// the admin page. A feed that fails is logged and tried again next time; the others are still read.
/// </summary>
public sealed class ClaimReviewFeeds(IServiceScopeFactory scopes, IHttpClientFactory http, IConfiguration config, ILogger<ClaimReviewFeeds> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feeds = config.GetSection("FactCheck:ClaimReview:Feeds").Get<string[]>() ?? [];
        if (feeds.Length == 0) return;
        var interval = TimeSpan.FromMinutes(Math.Max(5, config.GetValue("FactCheck:ClaimReview:IntervalMinutes", 360)));
        try { await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken); } catch (OperationCanceledException) { return; }
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var feed in feeds)
            {
                try
                {
                    var input = await ClaimReviewInputs.Fetch(feed, http.CreateClient("claimreview"), stoppingToken);
                    await using var scope = scopes.CreateAsyncScope();
                    var r = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ImportClaimReviews.Command([input], null), stoppingToken);
                    log.LogInformation("ClaimReview feed {Feed}: {Read} read, {Added} added, {Updated} updated", feed, r.Read, r.Added, r.Updated);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
                catch (Exception ex) when (ex is FactCheckException or System.Data.Common.DbException)
                {
                    log.LogWarning("ClaimReview feed {Feed} not imported: {Error}", feed, ex.Message);
                }
            }
            try { await Task.Delay(interval, stoppingToken); } catch (OperationCanceledException) { return; }
        }
    }
}
