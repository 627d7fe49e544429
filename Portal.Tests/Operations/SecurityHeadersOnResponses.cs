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
}
