using System.Net;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Operations;

/// <summary>
/// X-Forwarded-For is believed only from the configured balancer networks: the real client's address then counts for
/// the address checks (here the /metrics network), and a client cannot fake one by sending the header itself.
/// </summary>
public sealed class ProxyHeadersBehindABalancer(BehindABalancerPortal portal) : IClassFixture<BehindABalancerPortal>
{
    private async Task<HttpStatusCode> MetricsAsync(string connectionFrom, string? forwardedFor)
    {
        using var client = portal.Factory.CreateClient();
        client.DefaultRequestHeaders.Add(PortalWebFactory.ClientAddressHeader, connectionFrom);
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.GetAsync("/metrics");
        return response.StatusCode;
    }

    [Fact]
    public async Task Through_the_balancer_the_forwarded_client_address_counts()
    {
        Assert.Equal(HttpStatusCode.OK, await MetricsAsync("10.0.0.5", "192.0.2.7"));
        Assert.Equal(HttpStatusCode.NotFound, await MetricsAsync("10.0.0.5", "198.51.100.1"));
    }

    [Fact]
    public async Task A_client_outside_the_balancer_networks_cannot_fake_its_address()
    {
        Assert.Equal(HttpStatusCode.NotFound, await MetricsAsync("198.51.100.9", "192.0.2.7"));
    }
}

/// <summary>Without configured balancer networks the header is ignored altogether.</summary>
public sealed class ProxyHeadersIgnoredByDefault(MetricsNetworkPortal portal) : IClassFixture<MetricsNetworkPortal>
{
    [Fact]
    public async Task A_forwarded_for_header_changes_nothing()
    {
        using var client = portal.Factory.CreateClient();
        client.DefaultRequestHeaders.Add(PortalWebFactory.ClientAddressHeader, "203.0.113.9");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "10.1.2.3");
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
