using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Operations;
using Portal.Infrastructure.Operations;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Operations;

namespace Portal.Tests.Operations;

/// <summary>/metrics carries the documented operations figures (docs/operations.md), counts only.</summary>
public sealed class MetricsEndpointFigures(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private async Task<string> MetricsAsync()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return "\n" + await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_documented_metric_names_appear()
    {
        factory.Services.GetRequiredService<JobFigures>().Record("outbox-relay", DateTimeOffset.UtcNow, TimeSpan.FromMilliseconds(250), failed: true);
        using (var client = factory.CreateClient()) await client.GetAsync("/health/live");

        var text = await MetricsAsync();

        foreach (var type in new[] { "portal_http_requests_total counter", "portal_job_runs_total counter", "portal_job_failures_total counter",
                     "portal_job_last_run_timestamp_seconds gauge", "portal_job_last_duration_seconds gauge", "portal_read_only gauge",
                     "portal_forms_disabled gauge", "portal_outbox_queue_depth gauge", "portal_outbox_oldest_undelivered_age_seconds gauge",
                     "portal_outbox_dead_lettered gauge", "portal_outbox_deliveries_per_minute gauge", "portal_decision_feed_errors gauge" })
            Assert.Contains("\n# TYPE " + type + "\n", text);
        Assert.Matches("\nportal_http_requests_total\\{status_class=\"2xx\"\\} [1-9]", text);
        Assert.Contains("\nportal_job_runs_total{job=\"outbox-relay\"} 1\n", text);
        Assert.Contains("\nportal_job_failures_total{job=\"outbox-relay\"} 1\n", text);
        Assert.Contains("\nportal_job_last_duration_seconds{job=\"outbox-relay\"} 0.25\n", text);
    }

    [Fact]
    public async Task The_kill_switch_figures_follow_the_switches()
    {
        var switches = factory.Services.GetRequiredService<KillSwitchStore>();
        Assert.Contains("\nportal_read_only 0\n", await MetricsAsync());

        await switches.SetAsync(KillSwitchNames.ReadOnly, true, "metrics test", "test-admin");
        await switches.SetAsync(KillSwitchNames.For(Portal.Domain.Submissions.SubmissionKind.Exemption), true, "metrics test", "test-admin");
        var during = await MetricsAsync();
        await switches.SetAsync(KillSwitchNames.ReadOnly, false, "metrics test over", "test-admin");
        await switches.SetAsync(KillSwitchNames.For(Portal.Domain.Submissions.SubmissionKind.Exemption), false, "metrics test over", "test-admin");

        Assert.Contains("\nportal_read_only 1\n", during);
        Assert.Contains("\nportal_forms_disabled 1\n", during);
        Assert.Contains("\nportal_read_only 0\n", await MetricsAsync());
    }
}

/// <summary>With <c>Portal:Metrics:AllowedNetworks</c> set, only the monitoring network reads /metrics.</summary>
public sealed class MetricsAllowedNetworks(MetricsNetworkPortal portal) : IClassFixture<MetricsNetworkPortal>
{
    private async Task<HttpStatusCode> FromAsync(string? address)
    {
        using var client = portal.Factory.CreateClient();
        if (address is not null) client.DefaultRequestHeaders.Add(PortalWebFactory.ClientAddressHeader, address);
        using var response = await client.GetAsync("/metrics");
        return response.StatusCode;
    }

    [Theory]
    [InlineData("10.20.30.40")]
    [InlineData("127.0.0.1")]
    [InlineData("::ffff:10.1.1.1")]
    public async Task An_address_inside_the_networks_reads_the_figures(string address)
    {
        Assert.Equal(HttpStatusCode.OK, await FromAsync(address));
    }

    [Theory]
    [InlineData("203.0.113.9")]
    [InlineData("127.0.0.2")]
    [InlineData("2001:db8::1")]
    [InlineData(null)]
    public async Task An_outside_or_unknown_address_gets_404(string? address)
    {
        Assert.Equal(HttpStatusCode.NotFound, await FromAsync(address));
    }
}
