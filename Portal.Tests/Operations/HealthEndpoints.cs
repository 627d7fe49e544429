using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Jobs;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Operations;

/// <summary>What /health/ready answers: the status of each check by name (no error text).</summary>
internal static class Readiness
{
    public static async Task<(HttpStatusCode Status, string Overall, Dictionary<string, string> Checks)> ReadAsync(PortalWebFactory factory)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("status").GetString()!);
        return (response.StatusCode, json.RootElement.GetProperty("status").GetString()!, checks);
    }

    public static async Task<HttpStatusCode> LiveAsync(PortalWebFactory factory)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/health/live");
        return response.StatusCode;
    }
}

/// <summary>All is well: ready names its three checks, live answers.</summary>
public sealed class HealthEndpoints(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task Ready_reports_the_portal_store_the_back_office_store_and_the_scheduler_by_name()
    {
        var (status, overall, checks) = await Readiness.ReadAsync(factory);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", overall);
        Assert.Equal(["back-office-store", "job-scheduler", "portal-store"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, s => Assert.Equal("Healthy", s));
    }

    [Fact]
    public async Task Live_answers_200_without_running_checks()
    {
        Assert.Equal(HttpStatusCode.OK, await Readiness.LiveAsync(factory));
    }
}

/// <summary>The back-office store is unreachable: not ready (503, that check unhealthy), still live.</summary>
public sealed class HealthWhenTheBackOfficeStoreIsDown(BackOfficeDownPortal portal) : IClassFixture<BackOfficeDownPortal>
{
    [Fact]
    public async Task Ready_is_503_and_names_the_back_office_store_while_live_stays_200()
    {
        var (status, overall, checks) = await Readiness.ReadAsync(portal.Factory);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", overall);
        Assert.Equal("Unhealthy", checks["back-office-store"]);
        Assert.Equal("Healthy", checks["portal-store"]);
        Assert.Equal("Healthy", checks["job-scheduler"]);
        Assert.Equal(HttpStatusCode.OK, await Readiness.LiveAsync(portal.Factory));
    }
}

/// <summary>The scheduler of a node that runs jobs is put in standby: not ready until it runs again.</summary>
public sealed class HealthWhenTheSchedulerStops(JobsRunningPortal portal) : IClassFixture<JobsRunningPortal>
{
    [Fact]
    public async Task Ready_is_503_with_the_scheduler_in_standby_and_healthy_again_once_it_runs()
    {
        var (before, _, _) = await Readiness.ReadAsync(portal.Factory); // starts the host and its scheduler
        var scheduler = portal.Factory.Services.GetRequiredService<QuartzHostedService>().Scheduler!;
        Assert.Equal(HttpStatusCode.OK, before);

        await scheduler.Standby();
        var (during, _, checks) = await Readiness.ReadAsync(portal.Factory);
        await scheduler.Start();
        var (after, _, _) = await Readiness.ReadAsync(portal.Factory);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during);
        Assert.Equal("Unhealthy", checks["job-scheduler"]);
        Assert.Equal("Healthy", checks["back-office-store"]);
        Assert.Equal(HttpStatusCode.OK, after);
    }
}
