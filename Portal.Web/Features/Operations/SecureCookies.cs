using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Portal.Web.Features.Operations;

/// <summary>
/// Every authentication cookie (sign-in, two-factor, external) and the antiforgery cookie: HttpOnly, SameSite Strict
/// (Lax for the external sign-in cookie, which comes back from another site), Secure always outside Development.
/// </summary>
internal sealed class SecureCookies(IHostEnvironment environment) :
    IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>
{
    private CookieSecurePolicy Policy => environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = Policy;
        options.Cookie.SameSite = name == Microsoft.AspNetCore.Identity.IdentityConstants.ExternalScheme ? SameSiteMode.Lax : SameSiteMode.Strict;
    }

    public void PostConfigure(string? name, AntiforgeryOptions options)
    {
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = Policy;
        options.Cookie.SameSite = SameSiteMode.Strict;
    }
}
