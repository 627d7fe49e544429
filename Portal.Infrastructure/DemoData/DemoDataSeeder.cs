using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Identifiers;
using Portal.Domain.Records;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.DemoData;

/// <summary>
/// Ensures the roles on every start, then seeds the fictional demo data once (skipped when any insured
/// person exists). The data comes from <see cref="DemoDataPlan"/> (deterministic); only the record-as-of
/// month (the month before the current Japan-time month) and the issue dates of keys, invitations and
/// accounts (now − 10 days) depend on the injected <see cref="TimeProvider"/>. All in one transaction.
/// </summary>
public sealed class DemoDataSeeder(
    PortalDbContext db,
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole> roleManager,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync();

        if (await db.InsuredPersons.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo data already present; seeding skipped");
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        var plan = DemoDataPlan.Shared;
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(JapanOffset).DateTime);
        var asOf = Months.Of(today) - 1; // the read model is refreshed monthly
        var issuedAt = now - TimeSpan.FromDays(10);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var offices = BuildOffices();
        var establishments = BuildEstablishments();
        var counts = new SeedCounts();

        List<PensionMonth> months;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.Offices.AddRange(offices.Values);
            db.Establishments.AddRange(establishments);
            months = AddRecords(plan, establishments, asOf, today, counts);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        logger.LogDebug("Demo persons, periods and places saved at {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);

        // ~37,000 record months: one prepared INSERT instead of SaveChanges (see ModelBulkInsert).
        counts.Months = await ModelBulkInsert.InsertAsync(db, months, cancellationToken);
        logger.LogDebug("Demo record months saved at {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
        db.ChangeTracker.Clear(); // keep Identity's change detection cheap

        foreach (var login in DemoAccounts.Logins)
            await CreateUserAsync(login, plan, offices, establishments, issuedAt);

        logger.LogDebug("Demo users created at {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
        AddAccessKeys(plan, now, issuedAt);
        foreach (var invitation in plan.Invitations)
            db.EstablishmentInvitations.Add(new EstablishmentInvitation(
                DemoIds.For($"invitation/{invitation.Establishment}/{invitation.Ordinal}"),
                establishments[invitation.Establishment].Id, invitation.Code, invitation.Role, issuedAt, TimeSpan.FromDays(90)));
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        logger.LogInformation(
            "Demo data seeded in {ElapsedMs} ms: {Persons} insured persons, {Months} record months, {Periods} employment periods, " +
            "{Bonuses} bonuses, {Establishments} establishments, {Offices} offices, {Booths} booths, {Users} users, {AccessKeys} access keys, " +
            "{Invitations} invitations",
            stopwatch.ElapsedMilliseconds, counts.Persons, counts.Months, counts.Periods, counts.Bonuses, establishments.Count,
            offices.Count, offices.Values.Sum(o => o.Booths.Count), DemoAccounts.Logins.Count,
            plan.AccessKeys.Count(k => k is not null), plan.Invitations.Count);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (await roleManager.RoleExistsAsync(role)) continue;
            Check(await roleManager.CreateAsync(new IdentityRole(role) { Id = DemoIds.For("role/" + role).ToString() }), "create role");
        }
    }

    private static Dictionary<string, Office> BuildOffices()
    {
        var offices = new Dictionary<string, Office>();
        var weekday = (Opens: new TimeOnly(8, 30), Closes: new TimeOnly(17, 15));
        var saturday = (Opens: new TimeOnly(9, 30), Closes: new TimeOnly(16, 0));
        foreach (var s in DemoCatalog.Offices)
        {
            var office = new Office(DemoIds.For("office/" + s.Code), s.Code, s.Name, s.NameEn, s.Prefecture, s.City,
                s.Postcode, s.Address, offersVideo: s.Video > 0);
            for (var i = 1; i <= s.InPerson; i++)
                office.Booths.Add(new Booth(DemoIds.For($"office/{s.Code}/booth/{i}"), office.Id, $"相談ブース{i}", BoothMode.InPerson));
            for (var i = 1; i <= s.Video; i++)
                office.Booths.Add(new Booth(DemoIds.For($"office/{s.Code}/video/{i}"), office.Id, $"ビデオ相談{i}", BoothMode.Video));
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
                office.OpeningHours.Add(new OpeningHours(office.Id, day, weekday.Opens, weekday.Closes));
            if (s.Saturday)
                office.OpeningHours.Add(new OpeningHours(office.Id, DayOfWeek.Saturday, saturday.Opens, saturday.Closes));
            offices.Add(s.Code, office);
        }
        return offices;
    }

    private static List<Establishment> BuildEstablishments()
    {
        var list = new List<Establishment>();
        for (var k = 0; k < DemoCatalog.Establishments.Length; k++)
        {
            var s = DemoCatalog.Establishments[k];
            // 法人番号: 12-digit base in a made-up registry range (9999), check digit first (DOMAIN.md §2).
            var base12 = $"9999{k + 1:D2}{123450 + k * 7:D6}";
            var corporateNumber = CorporateNumber.From($"{CorporateNumber.ComputeCheckDigit(base12)}{base12}");
            list.Add(new Establishment(DemoIds.For($"establishment/{k}"), s.Name, s.OfficeSymbol, s.EstablishmentNumber,
                corporateNumber, s.Address));
        }
        return list;
    }

    /// <summary>Adds persons and employment periods (with bonuses) to the context; returns the record months to bulk-insert.</summary>
    private List<PensionMonth> AddRecords(
        DemoDataPlan plan, List<Establishment> establishments, int asOf, DateOnly today, SeedCounts counts)
    {
        var persons = new List<InsuredPerson>(plan.Persons.Count);
        var periods = new List<EmploymentPeriod>();
        var months = new List<PensionMonth>(plan.Persons.Count * 400);
        var lastPaymentDate = Months.LastDay(asOf);

        foreach (var p in plan.Persons)
        {
            persons.Add(new InsuredPerson(p.Id, BasicPensionNumber.From(p.PensionNumber), p.FamilyName, p.GivenName,
                p.FamilyNameKana, p.GivenNameKana, p.BirthDate, p.Sex, p.Prefecture));

            var end = Math.Min(p.LastMonth, asOf);
            foreach (var job in p.Jobs)
            {
                if (job.FirstMonth > end || job.AcquiredOn > today) continue;
                var period = new EmploymentPeriod(job.Id, p.Id, job.EmployerName, job.Symbol, job.AcquiredOn,
                    job.LostOn <= today ? job.LostOn : null,
                    job.Establishment is { } k ? establishments[k].Id : null);
                foreach (var (paidOn, standardBonus) in job.Bonuses)
                    if (Months.Of(paidOn) <= end && paidOn <= today)
                        period.Bonuses.Add(new BonusPayment(job.Id, paidOn, standardBonus));
                counts.Bonuses += period.Bonuses.Count;
                periods.Add(period);
            }

            for (var m = p.FirstMonth; m <= end; m++)
            {
                var planned = p.Months[m - p.FirstMonth];
                var yearMonth = new YearMonth(Months.Year(m), Months.MonthOfYear(m));
                var (category, due, paid) = Terms(planned.Status, DemoCatalog.NationalPensionPremium(yearMonth));
                DateOnly? paidOn = paid ? Min(Months.LastDay(m + 1), lastPaymentDate) : null; // due end of next month
                months.Add(new PensionMonth(p.Id, yearMonth, planned.Status, category, due, paidOn, planned.Additional,
                    planned.Pay, planned.Job >= 0 ? p.Jobs[planned.Job].Id : null,
                    planned.LatePaidOn is { } late && late <= today ? late : null));
            }
        }

        db.InsuredPersons.AddRange(persons);
        db.EmploymentPeriods.AddRange(periods);
        counts.Persons = persons.Count;
        counts.Periods = periods.Count;
        return months;
    }

    /// <summary>Category, premium due and whether a payment was made, by status (DOMAIN.md §3, §4.1, §5.1).</summary>
    private static (InsuredCategory Category, long Due, bool Paid) Terms(MonthStatus status, long premium) => status switch
    {
        MonthStatus.EmployeesPension => (InsuredCategory.Category2, 0, false),
        MonthStatus.Category3 => (InsuredCategory.Category3, 0, false),
        MonthStatus.NotEnrolled => (InsuredCategory.None, 0, false),
        MonthStatus.Paid => (InsuredCategory.Category1, premium, true),
        MonthStatus.Unpaid => (InsuredCategory.Category1, premium, false),
        // Partial exemptions: the remainder is due, and was paid (a partly exempt month left unpaid counts as unpaid).
        MonthStatus.ThreeQuarterExemption => (InsuredCategory.Category1, Remainder(premium, 0.75m), true),
        MonthStatus.HalfExemption => (InsuredCategory.Category1, Remainder(premium, 0.5m), true),
        MonthStatus.QuarterExemption => (InsuredCategory.Category1, Remainder(premium, 0.25m), true),
        // Full, statutory, deferrals, maternity and childcare: nothing due.
        _ => (InsuredCategory.Category1, 0, false),
    };

    /// <summary>The non-exempt share, rounded to 10 yen: the complement of what 追納 would pay back.</summary>
    private static long Remainder(long premium, decimal exemptShare) => premium - PremiumSchedule.LatePaymentPremium(premium, exemptShare);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private async Task CreateUserAsync(DemoLogin login, DemoDataPlan plan, Dictionary<string, Office> offices,
        List<Establishment> establishments, DateTimeOffset createdAt)
    {
        var user = new PortalUser
        {
            Id = DemoIds.For("user/" + login.Email).ToString(),
            UserName = login.Email,
            Email = login.Email,
            EmailConfirmed = true,
            DisplayName = login.DisplayName,
            InsuredPersonId = login.PersonIndex is { } person ? plan.Persons[person].Id : null,
            OfficeId = login.OfficeCode is { } code ? offices[code].Id : null,
            CreatedAt = createdAt,
        };
        Check(await userManager.CreateAsync(user, DemoAccounts.Password), "create user");
        Check(await userManager.AddToRoleAsync(user, login.Role), "add role");
        if (login.UsesTotp)
        {
            Check(await userManager.SetAuthenticationTokenAsync(user, DemoAccounts.AuthenticatorKeyProvider,
                DemoAccounts.AuthenticatorKeyName, DemoAccounts.TotpSecret), "set authenticator key");
            Check(await userManager.SetTwoFactorEnabledAsync(user, true), "enable two-factor");
        }
        foreach (var (establishment, role) in login.Memberships)
            db.EstablishmentMemberships.Add(new EstablishmentMembership(user.Id, establishments[establishment].Id, role, createdAt));
    }

    private void AddAccessKeys(DemoDataPlan plan, DateTimeOffset now, DateTimeOffset issuedAt)
    {
        for (var i = 0; i < plan.Persons.Count; i++)
        {
            if (plan.AccessKeys[i] is not { } key) continue;
            var issued = i == DemoDataPlan.ExpiredKeyPerson ? now - TimeSpan.FromDays(120) : issuedAt;
            var entity = new RegistrationAccessKey(DemoIds.For($"access-key/{i}"), plan.Persons[i].Id, key, issued);
            if (i == DemoDataPlan.UsedKeyPerson && entity.Redeem(now - TimeSpan.FromDays(2)) is { } error)
                throw new InvalidOperationException("Demo seeding: could not mark the used access key: " + error);
            db.RegistrationAccessKeys.Add(entity);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo seeding failed to {what}: " +
                string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    private sealed class SeedCounts
    {
        public int Persons, Months, Periods, Bonuses;
    }
}
