using Microsoft.AspNetCore.Authorization;
using Portal.Domain.Accounts;

namespace Portal.Web.Features.Accounts;

/// <summary>
/// Authorisation policies, one per area. Staff, reviewer and admin areas also need a session that was
/// opened with a second factor (Identity adds the claim <c>amr=mfa</c> after a TOTP sign-in).
/// </summary>
public static class Policies
{
    public const string Citizen = "Area.Citizen";
    public const string Employer = "Area.Employer";
    public const string Staff = "Area.Staff";
    public const string Reviewer = "Area.Reviewer";
    public const string Admin = "Area.Admin";
    /// <summary>The hand-off figures and dead letters: counter staff, reviewers and administrators, with two factors.</summary>
    public const string Handoff = "Area.Handoff";
    public const string TwoFactorClaimType = "amr";
    public const string TwoFactorClaimValue = "mfa";

    public static void Configure(AuthorizationOptions o)
    {
        o.AddPolicy(Citizen, p => p.RequireRole(Roles.Citizen));
        o.AddPolicy(Employer, p => p.RequireRole(Roles.Employer));
        o.AddPolicy(Staff, p => p.RequireRole(Roles.Staff).RequireClaim(TwoFactorClaimType, TwoFactorClaimValue));
        o.AddPolicy(Reviewer, p => p.RequireRole(Roles.Reviewer).RequireClaim(TwoFactorClaimType, TwoFactorClaimValue));
        o.AddPolicy(Handoff, p => p.RequireRole(Roles.Staff, Roles.Reviewer, Roles.Admin).RequireClaim(TwoFactorClaimType, TwoFactorClaimValue));
        o.AddPolicy(Admin, p => p.RequireRole(Roles.Admin).RequireClaim(TwoFactorClaimType, TwoFactorClaimValue));
    }

    /// <summary>The dashboard a signed-in user lands on, by their first role in precedence order.</summary>
    public static string DashboardFor(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        return set.Contains(Roles.Admin) ? "/admin"
            : set.Contains(Roles.Reviewer) ? "/reviewer"
            : set.Contains(Roles.Staff) ? "/staff"
            : set.Contains(Roles.Employer) ? "/employer"
            : set.Contains(Roles.Citizen) ? "/citizen"
            : "/";
    }
}
