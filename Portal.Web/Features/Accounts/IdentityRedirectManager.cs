using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;

namespace Portal.Web.Features.Accounts;

/// <summary>Redirects from server-rendered account pages; only to local URLs (no open redirect).</summary>
public sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    [DoesNotReturn]
    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//") || uri.StartsWith("/\\"))
            uri = navigationManager.ToBaseRelativePath(uri);
        // During static rendering NavigateTo throws a NavigationException that the framework turns into a redirect.
        navigationManager.NavigateTo(uri);
        throw new InvalidOperationException($"{nameof(IdentityRedirectManager)} can only be used during static rendering.");
    }

    [DoesNotReturn]
    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters) =>
        RedirectTo(navigationManager.GetUriWithQueryParameters(navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path), queryParameters));

    /// <summary>Keeps only local return URLs.</summary>
    public static string SafeLocal(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl : fallback;
}
