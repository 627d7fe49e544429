using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Infrastructure;

/// <summary>
/// What every journey shares: a fresh browser context per journey, a screenshot when it fails, sign-in with the
/// demo accounts of docs/contracts-foundation.md, and waiting for the interactive circuit.
/// </summary>
public abstract class Journeys(PortalHost host, ITestOutputHelper output)
{
    protected const string Password = "Demo#Pension2026";
    protected const string TotpSecret = "DEMOTOTPKEYFORPORTALSTAFF2345672";
    protected static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 30_000 };

    protected PortalHost Host => host;

    protected async Task JourneyAsync(string name, Func<IPage, Task> journey)
    {
        output.WriteLine($"app {Host.BaseUrl} (cold start {Host.ColdStart.TotalSeconds:0.0} s, log {Host.LogPath})");
        var page = await Host.NewPageAsync();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") output.WriteLine($"[browser {m.Type}] {m.Text}"); };
        page.PageError += (_, e) => output.WriteLine($"[page error] {e}");
        try
        {
            await journey(page);
        }
        catch
        {
            try
            {
                var path = Host.ScreenshotPath(name + "-FAILED");
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });
                output.WriteLine($"failed at {page.Url}; screenshot {path}");
            }
            catch (Exception e) { output.WriteLine($"no failure screenshot: {e.Message}"); }
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
        // Logs never contain My Number, pension numbers, names or e-mail addresses (issue 8).
        var (lines, findings) = Host.ScanNewLogLines();
        output.WriteLine($"log scan: {lines} new app log lines, {findings.Count} with personal data");
        Assert.True(findings.Count == 0,
            $"The app log ({Host.LogPath}) contains personal data:\n{string.Join("\n", findings.Take(20))}");
    }

    protected static async Task SignInAsync(IPage page, string email, string password)
    {
        // Server-rendered form: no circuit needed before submitting.
        await page.GotoAsync("/Account/Login");
        await Expect(page.Locator("#login-email")).ToBeVisibleAsync(Visible);
        await page.Locator("#login-email").FillAsync(email);
        await page.Locator("#login-password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
    }

    protected static async Task ExpectTwoFactorPageAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa", RegexOptions.IgnoreCase), new() { Timeout = 30_000 });
        await Expect(page.Locator("#two-factor-code")).ToBeVisibleAsync(Visible);
    }

    protected static async Task ExpectDashboardAsync(IPage page, string route, string testId)
    {
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(route) + "(\\?|#|$)"), new() { Timeout = 30_000 });
        // Interactive circuit up: blazor.web.js loaded and the layout's marker rendered.
        await page.WaitForFunctionAsync("() => !!window.Blazor", null, new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator($"[data-testid={testId}]")).ToBeVisibleAsync(Visible);
    }

    /// <summary>A six-digit code that is not valid in any window the server accepts (±2 steps around now).</summary>
    protected static string WrongCode()
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(i => Totp.Compute(TotpSecret, now.AddSeconds(i * Totp.StepSeconds))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(c => !valid.Contains(c));
    }
}
