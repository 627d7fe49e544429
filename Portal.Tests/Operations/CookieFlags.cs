using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Operations;

/// <summary>
/// The cookies the portal sets (sign-in, antiforgery, language): never readable by scripts, never sent by other sites'
/// forms (SameSite), and only over https outside Development.
/// </summary>
public sealed class CookieFlags(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Set-Cookie lines of a response, by cookie name.</summary>
    internal static Dictionary<string, string> SetCookies(HttpResponseMessage response) =>
        (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        .ToDictionary(v => v[..v.IndexOf('=')], v => v.ToLowerInvariant());

    /// <summary>GET the sign-in page and post the demo credentials by hand, so every Set-Cookie header can be read.</summary>
    internal static async Task<(HttpResponseMessage Page, HttpResponseMessage SignedIn)> SignInByHandAsync(HttpClient http, string email)
    {
        var page = await http.GetAsync("/Account/Login");
        var document = Parser.ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.GetElementById("login-submit")!.Closest("form")!;
        var fields = form.QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!,
                i.Id == "login-email" ? email : i.Id == "login-password" ? "Demo#Pension2026" : i.GetAttribute("value") ?? ""))
            .ToList();
        var cookie = string.Join("; ", (page.Headers.TryGetValues("Set-Cookie", out var set) ? set : []).Select(v => v.Split(';')[0]));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", cookie);
        return (page, await http.SendAsync(post));
    }

    private HttpClient Https() => portal.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://portal.example/"),
    });

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_same_site_strict_and_secure()
    {
        using var http = Https();

        var (_, signedIn) = await SignInByHandAsync(http, "citizen1@demo.example");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = SetCookies(signedIn)["portal.auth"];
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=strict", auth);
        Assert.Contains("secure", auth);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_http_only_same_site_strict_and_secure()
    {
        using var http = Https();

        using var page = await http.GetAsync("/Account/Login");

        var antiforgery = Assert.Single(SetCookies(page), c => c.Key.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Value;
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);
        Assert.Contains("secure", antiforgery);
    }

    [Fact]
    public async Task The_language_cookie_is_http_only_same_site_lax_and_secure()
    {
        using var http = Https();

        using var response = await http.GetAsync("/culture?c=en&returnUrl=/");

        var culture = SetCookies(response)[".AspNetCore.Culture"];
        Assert.Contains("httponly", culture);
        Assert.Contains("samesite=lax", culture);
        Assert.Contains("secure", culture);
    }
}

/// <summary>In Development (plain http on a developer's machine) the cookies keep HttpOnly and SameSite.</summary>
public sealed class CookieFlagsInDevelopment(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task Sign_in_and_antiforgery_cookies_are_http_only_and_same_site_strict()
    {
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var (page, signedIn) = await CookieFlags.SignInByHandAsync(http, "citizen1@demo.example");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = CookieFlags.SetCookies(signedIn)["portal.auth"];
        var antiforgery = CookieFlags.SetCookies(page).Single(c => c.Key.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Value;
        foreach (var cookie in new[] { auth, antiforgery })
        {
            Assert.Contains("httponly", cookie);
            Assert.Contains("samesite=strict", cookie);
        }
    }
}
