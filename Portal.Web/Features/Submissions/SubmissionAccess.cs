using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;

namespace Portal.Web.Features.Submissions;

/// <summary>Who the signed-in user is for the submission screens: their scope, owner and actor.</summary>
public sealed class SubmissionAccess(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The citizen's scope (their own person), or null when the user is not a citizen with a record.</summary>
    public async Task<CitizenFiler?> CitizenAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Citizen)) return null;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var personId = await db.InsuredPersonOf(userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        return personId is { } id ? new CitizenFiler(userId, id) : null;
    }
}

/// <summary>A signed-in citizen as a filer.</summary>
public sealed record CitizenFiler(string UserId, Guid InsuredPersonId)
{
    public SubmissionScope Scope => SubmissionScope.Citizen(InsuredPersonId);
    public SubmissionOwner Owner => SubmissionOwner.Citizen(UserId, InsuredPersonId);
    public SubmissionActor Actor => SubmissionActor.Citizen(UserId);
}
