using Portal.Tests.TestSupport;

namespace Portal.Tests.Operations;

/// <summary>The app in the Production environment (Secure cookies, HSTS), reached over https by the tests.</summary>
public sealed class ProductionPortal : IDisposable
{
    public PortalWebFactory Factory { get; } = new() { EnvironmentName = "Production" };
    public void Dispose() => Factory.Dispose();
}

/// <summary>Low sign-in and API limits, so a test reaches them in a few requests.</summary>
public sealed class LowRateLimitsPortal : IDisposable
{
    public const int SignInPerAddress = 3;
    public const int SignInPerAccount = 4;
    public const int ApiPerMinute = 2;
    public const int TwoFactorPerAccount = 2;

    public PortalWebFactory Factory { get; } = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Portal:RateLimits:SignInPerAddress"] = SignInPerAddress.ToString(),
            ["Portal:RateLimits:SignInPerAccount"] = SignInPerAccount.ToString(),
            ["Portal:PublicApi:PermitPerMinute"] = ApiPerMinute.ToString(),
            ["Portal:RateLimits:TwoFactorPerAccount"] = TwoFactorPerAccount.ToString(),
        },
    };

    public void Dispose() => Factory.Dispose();
}

/// <summary>A back-office store nobody answers for (PostgreSQL on a closed port).</summary>
public sealed class BackOfficeDownPortal : IDisposable
{
    public PortalWebFactory Factory { get; } = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:BackOffice"] = "Host=127.0.0.1;Port=1;Username=portal;Password=none;Database=backoffice;Timeout=2;Pooling=false",
        },
    };

    public void Dispose() => Factory.Dispose();
}

/// <summary>The job scheduler runs in this host (the default test host runs none).</summary>
public sealed class JobsRunningPortal : IDisposable
{
    public PortalWebFactory Factory { get; } = new()
    {
        Settings = new Dictionary<string, string?> { ["Portal:Jobs:Enabled"] = "true" },
    };

    public void Dispose() => Factory.Dispose();
}

/// <summary>/metrics limited to the monitoring network.</summary>
public sealed class MetricsNetworkPortal : IDisposable
{
    public PortalWebFactory Factory { get; } = new()
    {
        Settings = new Dictionary<string, string?> { ["Portal:Metrics:AllowedNetworks"] = "10.0.0.0/8;127.0.0.1/32" },
    };

    public void Dispose() => Factory.Dispose();
}

/// <summary>Behind a load balancer in 10.0.0.0/8; /metrics for the monitoring network 192.0.2.0/24 only.</summary>
public sealed class BehindABalancerPortal : IDisposable
{
    public PortalWebFactory Factory { get; } = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Portal:ForwardedHeaders:KnownNetworks"] = "10.0.0.0/8",
            ["Portal:Metrics:AllowedNetworks"] = "192.0.2.0/24",
        },
    };

    public void Dispose() => Factory.Dispose();
}
