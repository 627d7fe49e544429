namespace Portal.Web.Features.Operations;

/// <summary>
/// Response headers every page and endpoint carries (DOMAIN §11): a Content-Security-Policy Blazor Server and Radzen work
/// under (scripts and the circuit's WebSocket from our own origin only; inline styles allowed because Radzen sets
/// style attributes; data: images for the 2FA QR code), no framing, no MIME sniffing, a strict referrer policy and no
/// access to device features. HSTS is added outside Development by <c>UseHsts</c>.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy, in one place.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
}
