using Microsoft.Extensions.Localization;
using Portal.Infrastructure.Operations;
using Portal.Web.Resources;

namespace Portal.Web.Features.Operations;

/// <summary>
/// Read-only mode for server-rendered form posts (registration, joining an establishment, the paperless choice, …):
/// while the switch is on they are answered 503 with the read-only message and reach no page. Interactive forms
/// (applications, employer filings, CSV, bookings, written consultations, staff accounts) are refused by the write gate
/// of the service behind them instead.
/// Sign-in, two-factor, sign-out, the language switch and the operations page itself stay open, so an admin can
/// always sign in and turn the switch off.
/// </summary>
public static class ReadOnlyGuard
{
    private static readonly string[] OpenPaths =
    [
        "/Account/Login", "/Account/LoginWith2fa", "/Account/Logout", "/Account/Manage/TwoFactor", "/admin/operations", "/culture",
    ];

    public static IApplicationBuilder UseReadOnlyGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || !request.HasFormContentType
            || OpenPaths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
            || request.Path.StartsWithSegments("/_blazor"))
        {
            await next(context);
            return;
        }
        var switches = context.RequestServices.GetRequiredService<KillSwitchStore>();
        if (!(await switches.CurrentAsync(context.RequestAborted)).ReadOnly)
        {
            await next(context);
            return;
        }
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await PlainPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, l["Operations.ReadOnly.BannerTitle"],
            l["Operations.ReadOnly.Refused"], l["Operations.BackHome"]);
    });
}
