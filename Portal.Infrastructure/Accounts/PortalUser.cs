using Microsoft.AspNetCore.Identity;

namespace Portal.Infrastructure.Accounts;

/// <summary>A portal account. A citizen is linked to one insured person; staff and reviewers to one office.</summary>
public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Guid? InsuredPersonId { get; set; }
    public Guid? OfficeId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
