using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Workflows;

/// <summary>Registering the engine in a host.</summary>
public static class WorkflowServices
{
    /// <summary>
    /// The engine (scoped), incidents (scoped), the job runner (singleton) and the worker. The host registers the rest:
    /// a <see cref="WorkflowCatalog"/>, a <see cref="TimeProvider"/>, <see cref="WorkerOptions"/>, scoped
    /// <see cref="IWorkflowStore"/> and <see cref="IJobStore"/> sharing one transaction, its guards and its activities.
    /// </summary>
    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services)
    {
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<Incidents>();
        services.AddSingleton<JobRunner>();
        services.AddTransient<Worker>();
        return services;
    }
}
