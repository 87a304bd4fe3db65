using FactCheck.Jobs;
using FactCheck.Workflows;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FactCheck.Web;

/// <summary>
/// OpenTelemetry for the desk: a trace per request and per job (the transition and the activity as spans, PostgreSQL
/// commands under them) and the engine's metrics (<see cref="EngineTelemetry"/>, <see cref="QueueMetrics"/>) with
/// ASP.NET Core's. Exported over OTLP when <c>FactCheck:Telemetry:Otlp</c> is true or OTEL_EXPORTER_OTLP_ENDPOINT is
/// set (the standard OTEL_* variables configure it); a Prometheus scrape endpoint at <c>/metrics</c>, for admins (a
/// cookie or an admin's API token), when <c>FactCheck:Telemetry:Prometheus</c> is true. Both off by default.
/// </summary>
public static class Telemetry
{
    public const string MetricsPolicy = "metrics";

    public static bool Prometheus(IConfiguration c) => c.GetValue("FactCheck:Telemetry:Prometheus", false);

    static bool Otlp(IConfiguration c) =>
        c.GetValue("FactCheck:Telemetry:Otlp", !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")));

    public static void Add(WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var otlp = Otlp(config);
        var prometheus = Prometheus(config);
        builder.Services.AddSingleton<QueueMetrics>();
        if (!otlp && !prometheus) return;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(config.GetValue("FactCheck:Telemetry:ServiceName", "factcheck")!))
            .WithTracing(t =>
            {
                t.AddSource(EngineTelemetry.Name).AddAspNetCoreInstrumentation(o => o.Filter = http => http.Request.Path != "/metrics").AddNpgsql();
                if (otlp) t.AddOtlpExporter();
            })
            .WithMetrics(m =>
            {
                m.AddMeter(EngineTelemetry.Name).AddAspNetCoreInstrumentation();
                if (otlp) m.AddOtlpExporter();
                if (prometheus) m.AddPrometheusExporter();
            });
    }

    public static void Map(WebApplication app)
    {
        if (!Otlp(app.Configuration) && !Prometheus(app.Configuration)) return;
        app.Services.GetRequiredService<QueueMetrics>(); // its gauges exist from the start
        if (Prometheus(app.Configuration)) app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(MetricsPolicy);
    }
}
