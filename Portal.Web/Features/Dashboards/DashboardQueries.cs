using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Common;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Dashboards;

/// <summary>What each role's dashboard shows. Every query filters by the signed-in user's own scope.</summary>
public sealed class DashboardQueries(IDbContextFactory<PortalDbContext> contextFactory)
{
    public sealed record CitizenSummary(string Name, string PensionNumber, DateOnly BirthDate, int MonthsOnRecord, YearMonth? FirstMonth, YearMonth? LastMonth);
    public sealed record EstablishmentSummary(Guid Id, string Name, string OfficeSymbol, string EstablishmentNumber, MemberRole Role, int InsuredEmployees);
    public sealed record OfficeSummary(string Name, string NameEn, string Address, int InPersonBooths, int VideoBooths, IReadOnlyList<(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> Hours);
    public sealed record AdminSummary(IReadOnlyDictionary<string, int> UsersByRole, int Persons, int Establishments, int Offices);

    public async Task<CitizenSummary?> CitizenAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var person = await db.InsuredPersonOf(userId).AsNoTracking().SingleOrDefaultAsync(ct);
        if (person is null) return null;
        var months = db.PensionMonths.Where(m => m.PersonId == person.Id);
        var count = await months.CountAsync(ct);
        YearMonth? first = count == 0 ? null : await months.MinAsync(m => m.Month, ct);
        YearMonth? last = count == 0 ? null : await months.MaxAsync(m => m.Month, ct);
        return new CitizenSummary(person.FullName, person.PensionNumber.ToString(), person.BirthDate, count, first, last);
    }

    public async Task<IReadOnlyList<EstablishmentSummary>> EmployerAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await (from m in db.EstablishmentMemberships
                      join e in db.Establishments on m.EstablishmentId equals e.Id
                      where m.UserId == userId
                      orderby e.Name
                      select new EstablishmentSummary(e.Id, e.Name, e.OfficeSymbol, e.EstablishmentNumber, m.Role,
                          db.EmploymentPeriods.Count(p => p.EstablishmentId == e.Id && p.LostOn == null)))
                     .ToListAsync(ct);
    }

    public async Task<OfficeSummary?> OfficeAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var office = await (from u in db.Users
                            join o in db.Offices on u.OfficeId equals o.Id
                            where u.Id == userId
                            select o).Include(o => o.Booths).Include(o => o.OpeningHours).AsNoTracking().SingleOrDefaultAsync(ct);
        if (office is null) return null;
        return new OfficeSummary(office.Name, office.NameEn, office.Address,
            office.Booths.Count(b => b.Mode == Domain.Consultations.BoothMode.InPerson),
            office.Booths.Count(b => b.Mode == Domain.Consultations.BoothMode.Video),
            office.OpeningHours.OrderBy(h => ((int)h.Day + 6) % 7).Select(h => (h.Day, h.Opens, h.Closes)).ToList());
    }

    public async Task<AdminSummary> AdminAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var byRole = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            group ur by r.Name into g
                            select new { Role = g.Key!, Count = g.Count() }).ToDictionaryAsync(x => x.Role, x => x.Count, ct);
        return new AdminSummary(byRole, await db.InsuredPersons.CountAsync(ct), await db.Establishments.CountAsync(ct), await db.Offices.CountAsync(ct));
    }
}
