using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;
using Portal.E2E.Infrastructure;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Accounts;

/// <summary>Staff created by an admin must set up an authenticator before anything else; revoked sessions end.</summary>
public sealed class PrivilegedTwoFactorSetup(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private async Task<string> CreateStaffAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var office = await db.Offices.OrderBy(o => o.Code).FirstAsync();
        var errors = await scope.ServiceProvider.GetRequiredService<StaffAdministration>().CreateAsync(new StaffAdministration.Input
        {
            DisplayName = "新任 職員", Email = email, Role = Roles.Staff, OfficeId = office.Id, InitialPassword = "Initial#Pass2026",
        });
        Assert.False(errors.Any, string.Join(", ", errors.All));
        return email;
    }

    [Fact]
    public async Task NewStaffIsSentToSetUpTheAuthenticatorAndThenReachesTheStaffDashboard()
    {
        var email = await CreateStaffAsync("new.staff@demo.example");
        using var client = factory.CreateFormClient();

        var afterPassword = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = "Initial#Pass2026" });
        Assert.Equal("/Account/Manage/TwoFactor?required=true", afterPassword.Location);

        var blocked = await client.FollowAsync(await client.GetAsync("/staff"), maxHops: 1);
        Assert.StartsWith("/Account/Manage/TwoFactor", blocked.Location);

        var setup = await client.GetAsync("/Account/Manage/TwoFactor?required=true");
        Assert.Contains("必須", setup.Alert());
        var key = setup.Document.GetElementById("two-factor-key")!.TextContent.Replace(" ", "").ToUpperInvariant();
        Assert.True(setup.Has("img[alt][src^='data:image/png;base64,']"));

        var wrong = await client.SubmitAsync(setup, "two-factor-enable", new() { ["two-factor-setup-code"] = "123" });
        Assert.Contains("認証コードが正しくない", wrong.FieldError("two-factor-setup-code"));

        var done = await client.SubmitAsync(await client.GetAsync("/Account/Manage/TwoFactor?required=true"), "two-factor-enable",
            new() { ["two-factor-setup-code"] = Totp.Compute(key) });
        Assert.Equal("/staff", done.Location);
        var dashboard = await client.FollowAsync(done);
        Assert.True(dashboard.Has("[data-testid=dashboard-staff]"), dashboard.Html);
    }

    [Fact]
    public async Task AChangedSecurityStampEndsALiveCircuitsSession()
    {
        var email = await CreateStaffAsync("revoked.staff@demo.example");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var provider = ActivatorUtilities.CreateInstance<IdentityRevalidatingAuthenticationStateProvider>(scope.ServiceProvider);

        Assert.True(await provider.IsStampCurrentAsync(users, principal));
        await users.UpdateSecurityStampAsync(user); // e.g. "sign out everywhere" or a password reset
        Assert.False(await provider.IsStampCurrentAsync(users, principal));
    }
}
