using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Web.Resources;

namespace Portal.Web.Features.Operations;

/// <summary>The limits (section <c>Portal:RateLimits</c>), attempts per minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Portal:RateLimits";

    /// <summary>Sign-in posts per client address (offices share addresses behind NAT, so higher than per account).</summary>
    public int SignInPerAddress { get; set; } = 30;
    /// <summary>Sign-in posts per submitted account name (credential stuffing against one account).</summary>
    public int SignInPerAccount { get; set; } = 10;
    /// <summary>Registration posts (citizen and employer) per client address.</summary>
    public int RegistrationPerAddress { get; set; } = 10;
    /// <summary>Access-key attempts (citizen registration) per submitted basic pension number.</summary>
    public int AccessKeyPerPensionNumber { get; set; } = 5;
    /// <summary>Two-factor code posts per client address.</summary>
    public int TwoFactorPerAddress { get; set; } = 30;
    /// <summary>Two-factor code posts per half-signed-in account (the user id in its two-factor cookie).</summary>
    public int TwoFactorPerAccount { get; set; } = 5;
    /// <summary>Length of the fixed window.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Rate limits on the sign-in, registration, access-key and two-factor forms (the ASP.NET Core rate limiter's global
/// limiter, two chained partitions: per client address, and per submitted account), with a localized 429 page and
/// Retry-After when hit. The public estimate API keeps its own "public-api" policy (EstimateApi).
/// </summary>
public static class PortalRateLimits
{
    private const string SubjectItem = "portal.ratelimit.subject";

    private enum Form { None, SignIn, TwoFactor, RegisterCitizen, RegisterEmployer }

    private static Form Classify(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method)) return Form.None;
        var path = request.Path.Value?.TrimEnd('/') ?? "";
        return path.ToLowerInvariant() switch
        {
            "/account/login" => Form.SignIn,
            "/account/loginwith2fa" => Form.TwoFactor,
            "/account/register" => Form.RegisterCitizen,
            "/account/registeremployer" => Form.RegisterEmployer,
            _ => Form.None,
        };
    }

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(ByAddress),
                PartitionedRateLimiter.Create<HttpContext, string>(BySubject));
            var api = o.OnRejected; // the public API's problem+json answer (registered first)
            o.OnRejected = async (context, ct) =>
            {
                if (Classify(context.HttpContext.Request) == Form.None && api is not null)
                {
                    await api(context, ct);
                    return;
                }
                await RejectAsync(context);
            };
        });
        return services;
    }

    /// <summary>
    /// Reads the posted form of a limited page before the limiter runs, so the per-account partition can use the
    /// submitted name (the form is cached on the request; the page reads the same one).
    /// </summary>
    public static IApplicationBuilder UseRateLimitSubjects(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var form = Classify(context.Request);
        string? subject = form switch
        {
            Form.SignIn when context.Request.HasFormContentType => (await context.Request.ReadFormAsync(context.RequestAborted))["Input.Email"].ToString(),
            Form.RegisterCitizen when context.Request.HasFormContentType => (await context.Request.ReadFormAsync(context.RequestAborted))["Input.PensionNumber"].ToString(),
            // The account behind the half-signed-in cookie, not the cookie itself: signing in with the password again
            // gives a fresh cookie, which must not give a fresh allowance of code guesses.
            Form.TwoFactor => (await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme)).Principal?.FindFirstValue(ClaimTypes.Name),
            _ => null,
        };
        if (!string.IsNullOrWhiteSpace(subject))
            context.Items[SubjectItem] = subject.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToUpperInvariant().Replace("-", "");
        await next(context);
    });

    private static RateLimitOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<RateLimitOptions>>().CurrentValue;

    private static RateLimitPartition<string> ByAddress(HttpContext context)
    {
        var form = Classify(context.Request);
        if (form == Form.None) return RateLimitPartition.GetNoLimiter("none");
        var o = Options(context);
        var limit = form switch
        {
            Form.SignIn => o.SignInPerAddress,
            Form.TwoFactor => o.TwoFactorPerAddress,
            _ => o.RegistrationPerAddress,
        };
        var group = form is Form.RegisterCitizen or Form.RegisterEmployer ? "register" : form.ToString();
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Window($"{group}|ip|{address}", limit, o.Window);
    }

    private static RateLimitPartition<string> BySubject(HttpContext context)
    {
        var form = Classify(context.Request);
        if (form == Form.None || context.Items[SubjectItem] is not string subject) return RateLimitPartition.GetNoLimiter("none");
        var o = Options(context);
        var limit = form switch
        {
            Form.SignIn => o.SignInPerAccount,
            Form.TwoFactor => o.TwoFactorPerAccount,
            Form.RegisterCitizen => o.AccessKeyPerPensionNumber,
            _ => int.MaxValue,
        };
        return Window($"{form}|subject|{subject}", limit, o.Window);
    }

    private static RateLimitPartition<string> Window(string key, int limit, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit),
            Window = window <= TimeSpan.Zero ? TimeSpan.FromMinutes(1) : window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    /// <summary>429, Retry-After, and a page in the user's language: wait N minutes and try again.</summary>
    private static async Task RejectAsync(OnRejectedContext context)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : (int)Options(http).Window.TotalSeconds;
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.RateLimits")
            .LogWarning("Rate limit hit on {Path}", http.Request.Path.Value);
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await PlainPage.WriteAsync(http, StatusCodes.Status429TooManyRequests, l["Operations.RateLimited.Title"],
            string.Format(CultureInfo.CurrentCulture, l["Operations.RateLimited.Message"], minutes), l["Operations.BackHome"]);
    }
}
