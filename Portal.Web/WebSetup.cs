using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Portal.Domain.Accounts;
using Portal.Web.Components;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.BackOffice;
using Portal.Web.Features.Benefits;
using Portal.Web.Features.Administration;
using Portal.Web.Features.Dashboards;
using Portal.Web.Features.Operations;
using Portal.Web.Features.Records;
using Portal.Web.Features.Submissions;
using Radzen;

namespace Portal.Web;

/// <summary>The web host's services and pipeline, kept out of Program.cs.</summary>
public static class WebSetup
{
    public static readonly CultureInfo[] SupportedCultures = [new("ja"), new("en")];

    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var blazor = services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddPortalLimits(configuration, blazor); // circuit, message and request-size limits (Portal:Limits)
        services.AddRadzenComponents();
        services.AddLocalization();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Account/Login";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.Cookie.Name = "portal.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                o.SlidingExpiration = true;
            }));
        // A changed security stamp (password change, 2FA reset, revoked sign-ins) ends sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthorization(Policies.Configure);

        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<CitizenRegistration>();
        services.AddScoped<EstablishmentMembershipService>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<RecordQueries>();
        services.AddScoped<StatementQueries>();
        services.AddScoped<SimulatorService>();
        services.AddScoped<Features.Operations.AccessRefusals>();
        services.AddScoped<Features.Submissions.SubmissionAccess>();
        services.AddScoped<Features.BackOffice.ReviewerConsole>();
        services.AddScoped<Features.Notices.NoticeQueries>();
        services.AddScoped<Features.Applications.ApplicantFactsQuery>();
        services.AddScoped<Features.Consultations.CitizenBookings>();
        services.AddScoped<Features.Consultations.StaffConsultations>();
        services.AddScoped<Features.Consultations.StaffOfficeSettings>();
        services.AddScoped<Features.Consultations.WrittenConsultations>();
        services.AddSingleton<Features.Audit.PortalAudit>();
        services.AddScoped<Features.Audit.PageAudit>();
        services.AddBenefitsApi(configuration);
        services.AddPortalRateLimits(configuration); // after the API's limiter: keeps its 429 answer for /api
        services.AddProxyHeaders(configuration); // the client's address behind a load balancer (Portal:ForwardedHeaders)
        services.AddPortalHealth();
        // Cookies: HttpOnly, SameSite, and Secure always outside Development (tests and local runs may use http).
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, SecureCookies>();
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>, SecureCookies>();
        services.AddOperationsMetrics();
        Features.EmployerFilings.EmployerFilingEndpoints.AddEmployerFilings(services, configuration);
        if (Features.Consultations.ConsultationDemoClock.Enabled(configuration))
            Features.Consultations.ConsultationDemoClock.Register(services);
        return services;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        app.UseProxyHeaders();
        app.UseRequestCounters();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("ja");
            o.SupportedCultures = o.SupportedUICultures = SupportedCultures;
            // Japanese first: only an explicit choice (cookie or ?culture=) switches to English.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseRequestTooLargePage(); // after localization: the 413 page is in the user's language
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseReadOnlyGuard();
        app.UseRateLimitSubjects();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapOperationsEndpoints();
        app.MapPortalHealth();
        app.MapRecordExportEndpoints();
        app.MapStatementEndpoints();
        app.MapSubmissionDocumentEndpoints();
        app.MapBenefitsApi();
        Features.EmployerFilings.EmployerFilingEndpoints.MapEmployerFilingEndpoints(app);
        Features.Consultations.ConsultationDemoClock.Map(app);
        app.MapHandoffMetrics();
        return app;
    }
}
