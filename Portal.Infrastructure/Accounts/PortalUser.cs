using Microsoft.AspNetCore.Identity;

namespace Portal.Infrastructure.Accounts;

/// <summary>A portal account. A citizen is linked to one insured person; staff and reviewers to one office.</summary>
public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Guid? InsuredPersonId { get; set; }
    public Guid? OfficeId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A new account signed in by its e-mail address (the e-mail is also the user name).</summary>
    public static PortalUser Create(string email, string displayName, DateTimeOffset now) => new()
    {
        UserName = email.Trim(),
        Email = email.Trim(),
        EmailConfirmed = true,
        DisplayName = displayName.Trim(),
        CreatedAt = now,
    };
}
