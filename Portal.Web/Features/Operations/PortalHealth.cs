using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Infrastructure.BackOffice;
using Portal.Infrastructure.Jobs;

namespace Portal.Web.Features.Operations;

/// <summary>
/// The health views: <c>/health</c> (every check; plain "Healthy"/"Unhealthy"), <c>/health/ready</c> (checks tagged
/// <see cref="ReadyTag"/>: portal store, back-office store, job scheduler; JSON per check) and <c>/health/live</c>
/// (no checks: the process answers). A load balancer sends traffic on ready and restarts on live.
/// </summary>
public static class PortalHealth
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddPortalHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<BackOfficeStoreHealthCheck>("back-office-store", tags: [ReadyTag])
            .AddCheck<JobSchedulerHealthCheck>("job-scheduler", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapPortalHealth(this IEndpointRouteBuilder endpoints)
    {
        // Checks everything; answers "Healthy" (200) or "Unhealthy" (503). The e2e host waits on it.
        endpoints.MapHealthChecks("/health").AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(ReadyTag),
            ResponseWriter = WriteJsonAsync,
        }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>Status per check, with no exception text (it could name hosts or data).</summary>
    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

/// <summary>The back-office hand-off store answers a query (SQLite file or PostgreSQL).</summary>
public sealed class BackOfficeStoreHealthCheck(BackOfficeStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.OpenCasesAsync(limit: 1, cancellationToken);
            return HealthCheckResult.Healthy(store.Provider.ToString());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("back-office store unreachable");
        }
    }
}

/// <summary>
/// The Quartz scheduler of this process is started and not in standby or shut down. A node configured without jobs
/// (<c>Portal:Jobs:Enabled=false</c>, another node runs them) is healthy on this count.
/// </summary>
public sealed class JobSchedulerHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var host = services.GetService<QuartzHostedService>();
        if (host is null) return Task.FromResult(HealthCheckResult.Healthy("jobs not run in this process"));
        var scheduler = host.Scheduler;
        if (scheduler is null) return Task.FromResult(HealthCheckResult.Unhealthy("scheduler not started"));
        return Task.FromResult(scheduler.IsStarted && !scheduler.IsShutdown && !scheduler.InStandbyMode
            ? HealthCheckResult.Healthy("scheduler running")
            : HealthCheckResult.Unhealthy("scheduler stopped or in standby"));
    }
}
