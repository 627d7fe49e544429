using System.Net;
using Portal.E2E.Infrastructure;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Accounts;

/// <summary>Signing in through the real server-rendered pages, with the seeded demo accounts.</summary>
public sealed class SignIn(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private const string Password = "Demo#Pension2026";
    private const string TotpSecret = "DEMOTOTPKEYFORPORTALSTAFF2345672";

    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["login-email"] = email, ["login-password"] = password };

    [Fact]
    public async Task CitizenLandsOnTheCitizenDashboard()
    {
        using var client = factory.CreateFormClient();
        var page = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit", Credentials("citizen1@demo.example", Password));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/citizen", page.Location);
        var dashboard = await client.FollowAsync(page);
        Assert.True(dashboard.Has("[data-testid=dashboard-citizen]"), dashboard.Html);
    }

    [Fact]
    public async Task WrongPasswordSaysSoAndStaysOnTheSignInPage()
    {
        using var client = factory.CreateFormClient();
        var page = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit", Credentials("citizen2@demo.example", "not-the-password"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("メールアドレスまたはパスワードが正しくありません", page.Alert());
        Assert.True(page.Has("#login-submit"));
    }

    [Fact]
    public async Task EmptyFieldsAreReportedNextToEachField()
    {
        using var client = factory.CreateFormClient();
        var page = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit", Credentials("", ""));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("入力してください", page.FieldError("login-email"));
        Assert.Contains("入力してください", page.FieldError("login-password"));
    }

    [Fact]
    public async Task StaffMustGiveTheAuthenticatorCodeAndThenLandOnTheStaffDashboard()
    {
        using var client = factory.CreateFormClient();
        var afterPassword = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit", Credentials("staff1@demo.example", Password));
        Assert.StartsWith("/Account/LoginWith2fa", afterPassword.Location);

        // Without the second factor the staff area is closed.
        var staffWithoutCode = await client.GetAsync("/staff");
        Assert.NotEqual(HttpStatusCode.OK, staffWithoutCode.Status);

        var codePage = await client.GetAsync(afterPassword.Location!);
        var done = await client.SubmitAsync(codePage, "two-factor-submit", new() { ["two-factor-code"] = Totp.Compute(TotpSecret) });
        Assert.Equal("/staff", done.Location);
        var dashboard = await client.FollowAsync(done);
        Assert.True(dashboard.Has("[data-testid=dashboard-staff]"), dashboard.Html);
    }

    [Fact]
    public async Task WrongAuthenticatorCodeIsShownNextToTheField()
    {
        using var client = factory.CreateFormClient();
        var afterPassword = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit", Credentials("staff2@demo.example", Password));
        var codePage = await client.GetAsync(afterPassword.Location!);
        var wrong = Totp.Compute(TotpSecret) == "000000" ? "111111" : "000000";

        var page = await client.SubmitAsync(codePage, "two-factor-submit", new() { ["two-factor-code"] = wrong });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("認証コードが正しくない", page.FieldError("two-factor-code"));
        var letters = await client.SubmitAsync(await client.GetAsync(afterPassword.Location!), "two-factor-submit", new() { ["two-factor-code"] = "12ab" });
        Assert.Contains("6桁", letters.FieldError("two-factor-code"));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword()
    {
        using var client = factory.CreateFormClient();
        for (var i = 0; i < 5; i++)
            await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit", Credentials("citizen3@demo.example", "wrong-" + i));

        var page = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit", Credentials("citizen3@demo.example", Password));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("ロック", page.Alert());
    }

    [Fact]
    public async Task AnonymousVisitorToADashboardIsSentToSignIn()
    {
        using var client = factory.CreateFormClient();
        var page = await client.GetAsync("/citizen");
        Assert.True(page.IsRedirect);
        Assert.StartsWith("/Account/Login", page.Location);
    }

    [Fact]
    public async Task CitizenCannotOpenTheStaffArea()
    {
        using var client = factory.CreateFormClient();
        await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit", Credentials("citizen2@demo.example", Password));
        var refused = await client.GetAsync("/staff");
        Assert.StartsWith("/Account/AccessDenied", refused.Location);
        var page = await client.FollowAsync(refused);
        Assert.False(page.Has("[data-testid=dashboard-staff]"));
        Assert.Contains("権限がありません", page.Alert());
    }

    [Fact]
    public async Task SignInPageSpeaksEnglishAfterTheLanguageSwitch()
    {
        using var client = factory.CreateFormClient();
        var switched = await client.GetAsync("/culture?c=en&returnUrl=%2FAccount%2FLogin");
        Assert.Equal("/Account/Login", switched.Location);
        var page = await client.GetAsync("/Account/Login");
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Sign in", page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ReturnUrlToAnotherSiteIsIgnored()
    {
        using var client = factory.CreateFormClient();
        var page = await client.SubmitAsync(await client.GetAsync("/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F"), "login-submit", Credentials("citizen2@demo.example", Password));
        Assert.Equal("/citizen", page.Location);
    }
}
