using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Accounts;

/// <summary>
/// Sign-in journeys against the running app, with the demo accounts and selectors of docs/contracts-foundation.md.
/// Each journey uses its own account, so a failed attempt (lockout counter) never affects another journey.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SignInJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    [Fact]
    public Task Citizen_signs_in_with_email_and_password_and_lands_on_the_citizen_dashboard() =>
        JourneyAsync("citizen-dashboard", async page =>
        {
            await SignInAsync(page, "citizen1@demo.example", Password);

            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("citizen-dashboard"), FullPage = true });
        });

    [Fact]
    public Task Staff_signs_in_with_a_TOTP_code_and_lands_on_the_staff_dashboard() =>
        JourneyAsync("staff-dashboard", async page =>
        {
            await SignInAsync(page, "staff1@demo.example", Password);

            await ExpectTwoFactorPageAsync(page);
            await page.Locator("#two-factor-code").FillAsync(Totp.Compute(TotpSecret));
            await page.Locator("#two-factor-submit").ClickAsync();

            await ExpectDashboardAsync(page, "/staff", "dashboard-staff");
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("staff-dashboard"), FullPage = true });
        });

    [Fact]
    public Task A_wrong_TOTP_code_keeps_the_user_on_the_two_factor_page_with_an_error_next_to_the_field() =>
        JourneyAsync("two-factor-wrong-code", async page =>
        {
            await SignInAsync(page, "reviewer1@demo.example", Password);

            await ExpectTwoFactorPageAsync(page);
            await page.Locator("#two-factor-code").FillAsync(WrongCode());
            await page.Locator("#two-factor-submit").ClickAsync();

            // The message sits in the same field container as the input.
            var fieldError = page.Locator("#two-factor-code").Locator("xpath=..").Locator(".validation-message");
            await Expect(fieldError.First).ToBeVisibleAsync(Visible);
            await Expect(fieldError.First).Not.ToBeEmptyAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa", RegexOptions.IgnoreCase));
            await Expect(page.Locator("#two-factor-code")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid^=dashboard-]")).ToHaveCountAsync(0);
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("two-factor-wrong-code"), FullPage = true });
        });

    [Fact]
    public Task A_wrong_password_shows_an_error_and_stays_on_the_sign_in_page() =>
        JourneyAsync("login-wrong-password", async page =>
        {
            await SignInAsync(page, "employer1@demo.example", "Wrong#Password2026");

            // Form-level error ([role=alert]) or a field error (.validation-message); Blazor's hidden
            // #blazor-error-ui also has role=alert, so only visible matches count.
            var error = page.Locator("[role=alert]:visible, .validation-message:visible");
            await Expect(error.First).ToBeVisibleAsync(Visible);
            await Expect(error.First).Not.ToBeEmptyAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Login(\\?|$)", RegexOptions.IgnoreCase));
            await Expect(page.Locator("#login-email")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("#login-password")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid^=dashboard-]")).ToHaveCountAsync(0);
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("login-wrong-password"), FullPage = true });
        });

    [Fact]
    public Task Admin_creates_a_staff_account_on_the_interactive_page_and_sees_errors_next_to_fields() =>
        JourneyAsync("admin-staff-accounts", async page =>
        {
            await SignInAsync(page, "admin@demo.example", Password);
            await ExpectTwoFactorPageAsync(page);
            await page.Locator("#two-factor-code").FillAsync(Totp.Compute(TotpSecret));
            await page.Locator("#two-factor-submit").ClickAsync();
            await ExpectDashboardAsync(page, "/admin", "dashboard-admin");

            await page.GotoAsync("/admin/staff");
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });

            // Nothing filled in: each field says what is missing, nothing is created.
            await page.Locator("#staff-create").ClickAsync();
            await Expect(page.Locator("#staff-email-error .validation-message")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("#staff-office-error .validation-message")).ToBeVisibleAsync(Visible);

            await page.Locator("#staff-display-name").FillAsync("試験 職員");
            await page.Locator("#staff-email").FillAsync("e2e.staff@demo.example");
            await page.Locator("#staff-role").SelectOptionAsync("Reviewer");
            await page.Locator("#staff-office").SelectOptionAsync(new SelectOptionValue { Index = 2 });
            await page.Locator("#staff-initial-password").FillAsync("Initial#Pass2026");
            await page.Locator("#staff-create").ClickAsync();

            await Expect(page.Locator("[role=status].form-success")).ToContainTextAsync("e2e.staff@demo.example", new() { Timeout = 30_000 });
            await Expect(page.Locator("td", new() { HasText = "e2e.staff@demo.example" })).ToBeVisibleAsync(Visible);
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("admin-staff-accounts"), FullPage = true });
        });
}
