using Microsoft.AspNetCore.HttpOverrides;

namespace Portal.Web.Features.Operations;

/// <summary>
/// Behind a load balancer the connection comes from the balancer: <c>Portal:ForwardedHeaders:KnownNetworks</c> (CIDR
/// list) names the proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, so the per-address
/// rate limits, the /metrics network check and https detection see the real client. Empty (the default): the headers
/// are ignored, and nobody can fake an address by sending them.
/// </summary>
public static class ProxyHeaders
{
    public const string KnownNetworksKey = "Portal:ForwardedHeaders:KnownNetworks";

    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = (configuration[KnownNetworksKey] ?? "").Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries);
        services.AddSingleton(new ProxyNetworks(networks.Length > 0));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownNetworks.Clear();
            foreach (var text in networks)
            {
                var network = System.Net.IPNetwork.Parse(text); // a wrong entry stops the start, not silently trusts nobody
                o.KnownNetworks.Add(new Microsoft.AspNetCore.HttpOverrides.IPNetwork(network.BaseAddress, network.PrefixLength));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, when proxies are configured.</summary>
    public static IApplicationBuilder UseProxyHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ProxyNetworks>().Configured ? app.UseForwardedHeaders() : app;

    private sealed record ProxyNetworks(bool Configured);
}
