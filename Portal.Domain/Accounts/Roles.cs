namespace Portal.Domain.Accounts;

/// <summary>The portal's roles. Staff, Reviewer and Admin must sign in with two factors.</summary>
public static class Roles
{
    public const string Citizen = nameof(Citizen);
    public const string Employer = nameof(Employer);
    public const string Staff = nameof(Staff);
    public const string Reviewer = nameof(Reviewer);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Citizen, Employer, Staff, Reviewer, Admin];

    /// <summary>Roles whose holders may not use the portal without a second factor.</summary>
    public static readonly IReadOnlyList<string> RequiringTwoFactor = [Staff, Reviewer, Admin];

    public static bool RequiresTwoFactor(IEnumerable<string> roles) => roles.Any(RequiringTwoFactor.Contains);
}
