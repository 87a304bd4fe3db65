using FactCheck.Behaviors;
using FactCheck.Data;
using FactCheck.Jobs;
using FactCheck.Jobs.Activities;
using FactCheck.Publishing;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck;

public static class CoreServices
{
    /// <summary>
    /// Registers the database session, the workflow catalog (loaded and validated now: a bad definition stops start-up),
    /// the engine, guards, the mediator with its behaviours, and validators.
    /// </summary>
    public static IServiceCollection AddFactCheckCore(this IServiceCollection services, IConfiguration configuration)
    {
        DapperSetup.Run();
        var db = new DbOptions();
        configuration.GetSection("FactCheck:Database").Bind(db);
        if (db.Kind == DbProvider.Sqlite) db.ConnectionString = AppPaths.ResolveSqlite(db.ConnectionString); // also fails fast on an unknown provider
        services.AddSingleton(db);
        var workflowDir = ClaimWorkflow.LocateDefinitions(configuration["FactCheck:Workflows:Directory"]);
        Ratings.Load(workflowDir);
        // A bad FACTCHECK_ATTRIBUTION_MODEL stops start-up, not the first ingest; the shipped model loads when first used.
        if (Environment.GetEnvironmentVariable(Extraction.AttributionTagger.ModelVariable) is { Length: > 0 }) _ = Extraction.AttributionTagger.Default;
        services.AddSingleton(sp =>
        {
            var catalog = ClaimWorkflow.Load(workflowDir, sp.GetRequiredService<ActivityRegistry>().Names);
            // Webhook targets name events the definitions raise, so they are checked with them, at start-up.
            sp.GetRequiredService<Publishing.PublishingOptions>().Validate(Outbox.Kinds(catalog));
            return catalog;
        });
        services.AddSingleton(_ => SourceRegistry.Load(workflowDir));
        var worker = new WorkerOptions();
        configuration.GetSection("FactCheck:Worker").Bind(worker);
        services.AddSingleton(worker);
        var intake = new Features.Articles.IntakeOptions();
        configuration.GetSection("FactCheck:Intake").Bind(intake);
        services.AddSingleton(intake);
        services.AddSingleton<Features.Articles.ArticleExtractions>();
        services.AddActivity<SuggestSources>("suggest-sources");
        services.AddActivity<Notify>("notify");
        services.AddActivity<PublishCard>("publish-card");
        services.AddActivity<Delay>("delay");
        services.AddActivity<DueTimer>(DueTimer.Name);
        services.AddActivity<PushCard>("push-card");
        services.AddActivity<PushEvent>("push-event");
        services.AddHttpClient("webhooks", c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient("claimreview", c =>
        {
            c.Timeout = TimeSpan.FromSeconds(40);
            c.DefaultRequestHeaders.UserAgent.ParseAdd("FactCheck-ClaimReview-Import/1.0");
            c.MaxResponseContentBufferSize = Features.FactChecks.ImportClaimReviews.MaxBytes + 1;
        });
        var publishing = new PublishingOptions();
        configuration.GetSection("FactCheck:Publishing").Bind(publishing);
        publishing.BaseUrlConfigured = !string.IsNullOrWhiteSpace(configuration["FactCheck:Publishing:BaseUrl"]);
        if (!publishing.BaseUrlConfigured && configuration["urls"] is { Length: > 0 } urls) publishing.BaseUrl = PublishingOptions.FromListenAddress(urls);
        services.AddSingleton(publishing);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DbSession>();
        services.AddSingleton<Features.Claims.StateCounts>();
        services.AddScoped<IWorkflowStore, SqlWorkflowStore>();
        services.AddScoped<IGuard, Guards.HasPrimarySource>();
        services.AddScoped<IGuard, Guards.HasCompleteVerdict>();
        services.AddScoped<IGuard, Guards.ApproverIsNotVerdictAuthor>();
        services.AddScoped<IGuard, Guards.ComparedWithPublishedCards>();
        services.AddScoped<IGuard, Guards.SpeakerIsNamed>();
        services.AddScoped<IJobStore, SqlJobStore>();
        services.AddWorkflowRuntime();
        services.AddValidatorsFromAssembly(typeof(CoreServices).Assembly, ServiceLifetime.Singleton);
        services.AddMediator((MediatorOptions o) =>
        {
            o.Namespace = "FactCheck.Mediator";
            o.ServiceLifetime = ServiceLifetime.Scoped;
            o.PipelineBehaviors = [typeof(DbErrorTranslation<,>), typeof(Logging<,>), typeof(Validation<,>), typeof(Transactional<,>)];
        });
        return services;
    }
}
