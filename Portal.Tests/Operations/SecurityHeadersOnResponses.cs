using Portal.Tests.TestSupport;
using Portal.Web.Features.Operations;

namespace Portal.Tests.Operations;

/// <summary>Pages, endpoints and error pages carry the security headers.</summary>
public sealed class SecurityHeadersOnResponses(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/no-such-page")]
    [InlineData("/citizen/records")] // a redirect to sign in
    public async Task Every_response_forbids_framing_sniffing_and_foreign_scripts(string url)
    {
        using var client = factory.CreateFormClient();
        using var response = await client.Http.GetAsync(url);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy);
        Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Development_sends_no_hsts_so_a_developer_machine_is_not_pinned_to_https()
    {
        using var client = factory.CreateHttpsFormClient();
        using var response = await client.Http.GetAsync("/Account/Login");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}

/// <summary>Outside Development, https responses also tell browsers to use https only (HSTS), next to the other headers.</summary>
public sealed class SecurityHeadersInProduction(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/health/live")]
    public async Task Https_responses_carry_hsts_and_the_security_headers(string url)
    {
        using var client = portal.Factory.CreateHttpsFormClient();
        using var response = await client.Http.GetAsync(url);

        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        Assert.Contains("max-age=", hsts);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("Permissions-Policy").Single()));
    }
}

public sealed class VersionInProduction(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Fact]
    public async Task Version_names_only_the_portal_version_outside_development()
    {
        using var client = portal.Factory.CreateHttpsFormClient();
        var json = await client.Http.GetStringAsync("/version");
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("version").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, doc.RootElement.GetProperty("framework").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, doc.RootElement.GetProperty("environment").ValueKind);
        Assert.DoesNotContain(".NET", json);
        Assert.DoesNotContain("Production", json);
    }
}
