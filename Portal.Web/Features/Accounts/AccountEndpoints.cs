using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Portal.Infrastructure.Accounts;

namespace Portal.Web.Features.Accounts;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, never a link.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/Account/Logout", async (HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery,
            SignInManager<PortalUser> signInManager) =>
        {
            // No form parameters are bound here, so the token is checked explicitly.
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
            await signInManager.SignOutAsync();
            return Results.LocalRedirect("/");
        });

    /// <summary>Sets the culture cookie (ja or en) and goes back to the page the user was on.</summary>
    public static void MapCultureEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (HttpContext context, [FromQuery] string? c, [FromQuery] string? returnUrl) =>
        {
            var culture = WebSetup.SupportedCultures.FirstOrDefault(x => x.Name == c)?.Name ?? "ja";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true,
                    Secure = context.Request.IsHttps || !context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment() });
            return TypedResults.LocalRedirect(IdentityRedirectManager.SafeLocal(returnUrl, "/"));
        });
}
