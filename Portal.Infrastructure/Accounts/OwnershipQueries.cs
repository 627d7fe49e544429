using Portal.Domain.Records;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Accounts;

/// <summary>What a signed-in user owns (DOMAIN.md S3: every query filters by owner).</summary>
public static class OwnershipQueries
{
    /// <summary>The insured person linked to the user's account: none for non-citizens.</summary>
    public static IQueryable<InsuredPerson> InsuredPersonOf(this PortalDbContext db, string userId) =>
        from u in db.Users
        join p in db.InsuredPersons on u.InsuredPersonId equals p.Id
        where u.Id == userId
        select p;
}
