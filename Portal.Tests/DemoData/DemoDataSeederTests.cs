using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Consultations;
using Portal.Domain.Records;
using Portal.Infrastructure;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.DemoData;
using Portal.Infrastructure.Persistence;

namespace Portal.Tests.DemoData;

/// <summary>A portal store in a fresh temp folder, built with the app's own composition (AddInfrastructure).</summary>
public sealed class DemoStore : IAsyncDisposable
{
    /// <summary>23 November 2026, 09:00 in Japan: the record runs to October 2026.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "portal-tests", "demo-" + Guid.NewGuid().ToString("N"));

    public DemoStore(DateTimeOffset? now = null)
    {
        Now = now ?? DefaultNow;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:DataDirectory"] = directory })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddInfrastructure(configuration);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public DateTimeOffset Now { get; }
    public ServiceProvider Services { get; }

    public Task InitialiseAsync() => Services.GetRequiredService<PortalStoreInitializer>().InitialiseAsync();

    public PortalDbContext CreateContext() => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>One seeded store shared by the read-only tests.</summary>
public sealed class SeededDemoStore : IAsyncLifetime
{
    public DemoStore Store { get; } = new();
    public Task InitializeAsync() => Store.InitialiseAsync();

    public async Task DisposeAsync() => await Store.DisposeAsync();
}

public sealed class DemoDataSeederTests(SeededDemoStore seeded) : IClassFixture<SeededDemoStore>
{
    private const int RecordAsOf = 202610; // the month before November 2026

    [Fact]
    public async Task SeedingTwiceChangesNothing()
    {
        await using var store = new DemoStore();
        await store.InitialiseAsync();
        var first = await CountsAsync(store);
        await store.InitialiseAsync();
        await using (var scope = store.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        var second = await CountsAsync(store);

        Assert.Equal(first, second);
        Assert.True(first.Persons >= 60);
    }

    [Fact]
    public async Task RolesAreEnsuredEvenWhenSeedingIsSkipped()
    {
        await using var store = new DemoStore();
        await store.InitialiseAsync();
        await using (var db = store.CreateContext())
        {
            await db.Roles.Where(r => r.Name == Roles.Reviewer).ExecuteDeleteAsync();
            Assert.False(await db.Roles.AnyAsync(r => r.Name == Roles.Reviewer));
        }
        await store.InitialiseAsync();

        await using var check = store.CreateContext();
        var names = await check.Roles.Select(r => r.Name).ToListAsync();
        Assert.All(Roles.All, role => Assert.Contains(role, names));
    }

    [Fact]
    public async Task TwoFreshStoresGetIdenticalData()
    {
        await using var other = new DemoStore();
        await other.InitialiseAsync();

        Assert.Equal(await FingerprintAsync(seeded.Store), await FingerprintAsync(other));
    }

    [Fact]
    public async Task EveryMonthStatusAppears()
    {
        await using var db = seeded.Store.CreateContext();
        var used = await db.PensionMonths.Select(m => m.Status).Distinct().ToListAsync();

        Assert.All(Enum.GetValues<MonthStatus>(), status => Assert.Contains(status, used));
    }

    [Fact]
    public async Task AtLeastSixtyPersonsEachWithTwentyToFortyFiveYearsOfMonths()
    {
        await using var db = seeded.Store.CreateContext();
        var persons = await db.InsuredPersons.ToListAsync();
        var months = await db.PensionMonths.Select(m => new { m.PersonId, Month = m.Month.ToInt() }).ToListAsync();
        var byPerson = months.GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.Select(x => x.Month).ToList());

        Assert.InRange(persons.Count, 60, 1000);
        Assert.Equal(persons.Count, persons.Select(p => p.PensionNumber.Value).Distinct().Count());
        foreach (var person in persons)
        {
            Assert.InRange(person.BirthDate.Year, 1960, 2004);
            Assert.StartsWith("9", person.PensionNumber.Value);
            Assert.Equal(10, person.PensionNumber.Value.Length);
            var list = byPerson[person.Id];
            Assert.InRange(list.Count, 240, 540);
            Assert.Equal(list.Count, list.Distinct().Count());
            Assert.True(list.Max() <= RecordAsOf, "no month after the record-as-of month");
            // Consecutive months from the month age 20 is reached.
            var firstMonth = person.BirthDate.AddYears(20).AddDays(-1);
            Assert.Equal(firstMonth.Year * 100 + firstMonth.Month, list.Min());
            Assert.Equal(list.Count, MonthIndex(list.Max()) - MonthIndex(list.Min()) + 1);
        }
    }

    [Fact]
    public async Task MonthsAreConsistentWithTheirStatus()
    {
        await using var db = seeded.Store.CreateContext();
        var months = await db.PensionMonths.AsNoTracking().ToListAsync();
        var persons = await db.InsuredPersons.ToDictionaryAsync(p => p.Id);

        foreach (var m in months)
        {
            var expected = m.Status switch
            {
                MonthStatus.EmployeesPension => InsuredCategory.Category2,
                MonthStatus.Category3 => InsuredCategory.Category3,
                MonthStatus.NotEnrolled => InsuredCategory.None,
                _ => InsuredCategory.Category1,
            };
            Assert.Equal(expected, m.Category);
            if (m.Status is MonthStatus.Paid or MonthStatus.Unpaid) Assert.True(m.PremiumDue > 0);
            if (m.Status == MonthStatus.Paid) Assert.NotNull(m.PaidOn);
            if (m.Status == MonthStatus.Unpaid) Assert.Null(m.PaidOn);
            if (m.AdditionalPremiumPaid) Assert.Equal(MonthStatus.Paid, m.Status);
            if (m.Status == MonthStatus.ChildcareExemption) Assert.True(m.Month.ToInt() >= 202610);
            if (m.Status == MonthStatus.PaymentDeferral)
                Assert.True(persons[m.PersonId].AgeOn(new DateOnly(m.Month.ToInt() / 100, m.Month.ToInt() % 100, 1)) < 50);
        }
        // FY2025 and FY2026 premiums from DOMAIN.md §5.1.
        Assert.Contains(months, m => m.Status == MonthStatus.Paid && m.Month.ToInt() == 202505 && m.PremiumDue == 17_510);
        Assert.Contains(months, m => m.Status == MonthStatus.Paid && m.Month.ToInt() == 202605 && m.PremiumDue == 17_920);
        Assert.Contains(months, m => m.AdditionalPremiumPaid);
        Assert.Contains(months, m => m.LatePaidOn is not null);
    }

    [Fact]
    public async Task FiveEstablishmentsWithFiveToFortyCurrentEmployeesEach()
    {
        await using var db = seeded.Store.CreateContext();
        var establishments = await db.Establishments.ToListAsync();
        var periods = await db.EmploymentPeriods.AsNoTracking().ToListAsync();
        var months = await db.PensionMonths.AsNoTracking().ToListAsync();
        var latest = months.GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(m => m.Month.ToInt())!);

        Assert.Equal(5, establishments.Count);
        foreach (var e in establishments)
        {
            Assert.NotNull(e.CorporateNumber);
            Assert.Matches(@"^\d{2}-[\p{IsKatakana}A-Z0-9]{1,4}$", e.OfficeSymbol);
            Assert.Matches(@"^\d{1,5}$", e.EstablishmentNumber);
            var current = periods.Where(p => p.EstablishmentId == e.Id && p.LostOn is null).ToList();
            Assert.InRange(current.Count, 5, 40);
            foreach (var period in current)
            {
                Assert.Equal(MonthStatus.EmployeesPension, latest[period.PersonId].Status);
                Assert.Equal(period.Id, latest[period.PersonId].EmploymentPeriodId);
            }
        }
    }

    [Fact]
    public async Task TenOfficesWithBoothsAndOpeningHours()
    {
        await using var db = seeded.Store.CreateContext();
        var offices = await db.Offices.Include(o => o.Booths).Include(o => o.OpeningHours).ToListAsync();

        Assert.Equal(10, offices.Count);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"OF{i:D2}"), offices.Select(o => o.Code).Order());
        foreach (var office in offices)
        {
            Assert.InRange(office.Booths.Count(b => b.Mode == BoothMode.InPerson), 2, 6);
            Assert.InRange(office.Booths.Count(b => b.Mode == BoothMode.Video), 0, 2);
            Assert.Equal(office.Booths.Any(b => b.Mode == BoothMode.Video), office.OffersVideo);
            Assert.Matches(@"^\d{3}-\d{4}$", office.Postcode);
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            {
                var hours = Assert.Single(office.OpeningHours, h => h.Day == day);
                Assert.Equal(new TimeOnly(8, 30), hours.Opens);
                Assert.Equal(new TimeOnly(17, 15), hours.Closes);
            }
            Assert.DoesNotContain(office.OpeningHours, h => h.Day == DayOfWeek.Sunday);
        }
        Assert.Equal(2, offices.Count(o => o.OpeningHours.Any(h => h.Day == DayOfWeek.Saturday)));
    }

    [Fact]
    public async Task EveryDemoLoginExistsWithItsRoleAndSecondFactor()
    {
        await using var scope = seeded.Store.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var expected = new Dictionary<string, string>
        {
            ["citizen1@demo.example"] = Roles.Citizen, ["citizen2@demo.example"] = Roles.Citizen, ["citizen3@demo.example"] = Roles.Citizen,
            ["employer1@demo.example"] = Roles.Employer, ["employer2@demo.example"] = Roles.Employer, ["attorney1@demo.example"] = Roles.Employer,
            ["staff1@demo.example"] = Roles.Staff, ["staff2@demo.example"] = Roles.Staff,
            ["reviewer1@demo.example"] = Roles.Reviewer, ["admin@demo.example"] = Roles.Admin,
        };
        Assert.Equal(expected.Keys.Order(), DemoAccounts.Logins.Select(l => l.Email).Order());
        Assert.Equal("Demo#Pension2026", DemoAccounts.Password);
        Assert.Equal("DEMOTOTPKEYFORPORTALSTAFF2345672", DemoAccounts.TotpSecret);

        var citizenPersons = new HashSet<Guid>();
        foreach (var (email, role) in expected)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal(email, user.UserName);
            Assert.True(user.EmailConfirmed);
            Assert.True(await users.CheckPasswordAsync(user, DemoAccounts.Password));
            Assert.Equal(new[] { role }, await users.GetRolesAsync(user));
            Assert.Equal(DemoAccounts.Get(email).DisplayName, user.DisplayName);

            var needsTotp = Roles.RequiresTwoFactor([role]);
            Assert.Equal(needsTotp, DemoAccounts.Get(email).UsesTotp);
            Assert.Equal(needsTotp, await users.GetTwoFactorEnabledAsync(user));
            if (needsTotp)
            {
                Assert.Equal(DemoAccounts.TotpSecret, await users.GetAuthenticatorKeyAsync(user));
                Assert.NotNull(user.OfficeId);
            }
            if (role == Roles.Citizen)
            {
                Assert.NotNull(user.InsuredPersonId);
                Assert.True(citizenPersons.Add(user.InsuredPersonId!.Value));
                var person = await db.InsuredPersons.SingleAsync(p => p.Id == user.InsuredPersonId);
                Assert.Equal(person.FullName, user.DisplayName);
            }
        }

        var offices = await db.Offices.ToDictionaryAsync(o => o.Id, o => o.Code);
        Assert.Equal("OF01", offices[(await users.FindByEmailAsync("staff1@demo.example"))!.OfficeId!.Value]);
        Assert.Equal("OF02", offices[(await users.FindByEmailAsync("staff2@demo.example"))!.OfficeId!.Value]);
        Assert.Equal("OF01", offices[(await users.FindByEmailAsync("reviewer1@demo.example"))!.OfficeId!.Value]);
        Assert.Equal("OF01", offices[(await users.FindByEmailAsync("admin@demo.example"))!.OfficeId!.Value]);
    }

    [Fact]
    public async Task EmployerUsersAreMembersOfTheirEstablishments()
    {
        await using var scope = seeded.Store.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var symbols = await db.Establishments.ToDictionaryAsync(e => e.Id, e => e.OfficeSymbol);

        async Task<List<(string Symbol, MemberRole Role)>> MembershipsOf(string email)
        {
            var user = await users.FindByEmailAsync(email);
            var rows = await db.EstablishmentMemberships.Where(m => m.UserId == user!.Id).ToListAsync();
            return rows.Select(m => (symbols[m.EstablishmentId], m.Role)).OrderBy(x => x.Item1).ToList();
        }

        Assert.Equal(new[] { ("12-サクラ", MemberRole.Employer) }, await MembershipsOf("employer1@demo.example"));
        Assert.Equal(new[] { ("13-アオバ", MemberRole.Employer) }, await MembershipsOf("employer2@demo.example"));
        Assert.Equal(new[] { ("14-ミナト", MemberRole.Attorney), ("21-ヒカリ", MemberRole.Attorney), ("23-ヤマビ", MemberRole.Attorney) },
            await MembershipsOf("attorney1@demo.example"));
        Assert.Equal(3, await db.EstablishmentMemberships.Select(m => m.UserId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Citizen1HasARichRecord()
    {
        await using var scope = seeded.Store.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await users.FindByEmailAsync("citizen1@demo.example");
        var statuses = await db.PensionMonths.Where(m => m.PersonId == user!.InsuredPersonId).Select(m => m.Status).Distinct().ToListAsync();

        Assert.Contains(MonthStatus.EmployeesPension, statuses);
        Assert.Contains(MonthStatus.Paid, statuses);
        Assert.Contains(MonthStatus.Unpaid, statuses);
        Assert.Contains(MonthStatus.FullExemption, statuses);
    }

    [Fact]
    public async Task EmployeesPensionMonthsHavePayAndAPeriodThatCoversThem()
    {
        await using var db = seeded.Store.CreateContext();
        var periods = await db.EmploymentPeriods.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var bonuses = await db.BonusPayments.AsNoTracking().ToListAsync();
        var months = await db.PensionMonths.AsNoTracking().Where(m => m.Status == MonthStatus.EmployeesPension).ToListAsync();
        var grades = new HashSet<long>
        {
            88_000, 98_000, 104_000, 110_000, 118_000, 126_000, 134_000, 142_000, 150_000, 160_000, 170_000, 180_000,
            190_000, 200_000, 220_000, 240_000, 260_000, 280_000, 300_000, 320_000, 340_000, 360_000, 380_000, 410_000,
            440_000, 470_000, 500_000, 530_000, 560_000, 590_000, 620_000, 650_000,
        };

        Assert.NotEmpty(months);
        foreach (var m in months)
        {
            Assert.NotNull(m.StandardMonthlyPay);
            Assert.Contains(m.StandardMonthlyPay!.Value, grades);
            Assert.NotNull(m.EmploymentPeriodId);
            var period = periods[m.EmploymentPeriodId!.Value];
            Assert.Equal(m.PersonId, period.PersonId);
            var month = MonthIndex(m.Month.ToInt());
            // DOMAIN.md §4.2: from the acquisition month to the month before the loss date's month.
            Assert.True(MonthIndex(period.AcquiredOn) <= month, "acquired before or in the month");
            if (period.LostOn is { } lost) Assert.True(month < MonthIndex(lost), "lost after the month");
        }
        foreach (var m in await db.PensionMonths.AsNoTracking().Where(m => m.Status != MonthStatus.EmployeesPension).ToListAsync())
        {
            Assert.Null(m.StandardMonthlyPay);
            Assert.Null(m.EmploymentPeriodId);
        }
        foreach (var period in periods.Values)
            Assert.True(period.LostOn is null || period.LostOn <= DateOnly.FromDateTime(seeded.Store.Now.UtcDateTime).AddDays(1));

        Assert.NotEmpty(bonuses);
        foreach (var b in bonuses)
        {
            Assert.True(b.PaidOn >= new DateOnly(2003, 4, 1));
            Assert.Equal(0, b.StandardBonus % 1000);
            Assert.InRange(b.StandardBonus, 1000, 1_500_000);
            var period = periods[b.EmploymentPeriodId];
            Assert.True(b.PaidOn >= period.AcquiredOn && (period.LostOn is null || b.PaidOn < period.LostOn));
        }
    }

    [Fact]
    public async Task PrintedAccessKeysAndInvitationCodesAreInTheStore()
    {
        await using var db = seeded.Store.CreateContext();
        var persons = await db.InsuredPersons.ToListAsync();
        var keys = await db.RegistrationAccessKeys.ToListAsync();
        var now = seeded.Store.Now;

        Assert.Equal(3, DemoAccounts.AccessKeys.Count(k => k.State == DemoAccessKeyState.Valid));
        Assert.Single(DemoAccounts.AccessKeys, k => k.State == DemoAccessKeyState.Expired);
        Assert.Single(DemoAccounts.AccessKeys, k => k.State == DemoAccessKeyState.Used);
        foreach (var printed in DemoAccounts.AccessKeys)
        {
            Assert.Matches(@"^9\d{3}-\d{6}$", printed.PensionNumber);
            var person = Assert.Single(persons, p => p.PensionNumber.Value == printed.PensionNumber.Replace("-", ""));
            Assert.Equal(printed.FullName, person.FullName);
            var key = Assert.Single(keys, k => k.PersonId == person.Id);
            Assert.Equal(KeyHash(printed.AccessKey), key.KeyHash);
            Assert.Equal(printed.State switch
            {
                DemoAccessKeyState.Expired => "access_key_expired",
                DemoAccessKeyState.Used => "access_key_used",
                _ => null,
            }, key.CheckRedeemable(now)?.Code);
        }

        // Every person without a demo account has exactly one key; the three citizens have none.
        var citizens = await db.Users.Where(u => u.InsuredPersonId != null).Select(u => u.InsuredPersonId!.Value).ToListAsync();
        Assert.Equal(3, citizens.Count);
        Assert.Equal(persons.Count - 3, keys.Count);
        Assert.DoesNotContain(keys, k => citizens.Contains(k.PersonId));
        Assert.Equal(keys.Count, keys.Select(k => k.PersonId).Distinct().Count());
        Assert.Equal(keys.Count - 2, keys.Count(k => k.CheckRedeemable(now) is null && k.ExpiresAt > now.AddDays(75)));

        var invitations = await db.EstablishmentInvitations.ToListAsync();
        Assert.Equal(10, DemoAccounts.Invitations.Count);
        Assert.Equal(10, invitations.Count);
        foreach (var printed in DemoAccounts.Invitations)
        {
            var stored = Assert.Single(invitations, i => i.CodeHash == EstablishmentInvitation.Hash(EstablishmentInvitation.Normalise(printed.Code)!));
            Assert.Equal(printed.Role, stored.Role);
            Assert.Null(stored.CheckAcceptable(now));
        }
    }

    [Fact]
    public void DemoAccountsDescribeEverythingForTheConsole()
    {
        var lines = DemoAccounts.Describe().ToList();
        Assert.Contains(lines, l => l.Contains("citizen1@demo.example"));
        Assert.All(DemoAccounts.AccessKeys, k => Assert.Contains(lines, l => l.Contains(k.AccessKey)));
        Assert.All(DemoAccounts.Invitations, i => Assert.Contains(lines, l => l.Contains(i.Code)));
    }

    private static int MonthIndex(int yyyymm) => yyyymm / 100 * 12 + yyyymm % 100 - 1;
    private static int MonthIndex(DateOnly date) => date.Year * 12 + date.Month - 1;

    private static string KeyHash(string formatted) =>
        Portal.Domain.Identifiers.AccessKey.Parse(formatted).Value.ComputeHash();

    private sealed record Counts(int Persons, int Months, int Periods, int Bonuses, int Establishments, int Offices,
        int Booths, int Hours, int Users, int Roles, int UserRoles, int Tokens, int Memberships, int Keys, int Invitations);

    private static async Task<Counts> CountsAsync(DemoStore store)
    {
        await using var db = store.CreateContext();
        return new Counts(await db.InsuredPersons.CountAsync(), await db.PensionMonths.CountAsync(),
            await db.EmploymentPeriods.CountAsync(), await db.BonusPayments.CountAsync(), await db.Establishments.CountAsync(),
            await db.Offices.CountAsync(), await db.Booths.CountAsync(), await db.OpeningHours.CountAsync(), await db.Users.CountAsync(),
            await db.Roles.CountAsync(), await db.UserRoles.CountAsync(), await db.UserTokens.CountAsync(),
            await db.EstablishmentMemberships.CountAsync(), await db.RegistrationAccessKeys.CountAsync(),
            await db.EstablishmentInvitations.CountAsync());
    }

    /// <summary>A hash over everything that must be identical in two fresh stores.</summary>
    private static async Task<string> FingerprintAsync(DemoStore store)
    {
        await using var db = store.CreateContext();
        var text = new StringBuilder();
        foreach (var p in (await db.InsuredPersons.AsNoTracking().ToListAsync()).OrderBy(p => p.Id))
            text.Append($"P|{p.Id}|{p.PensionNumber.Value}|{p.FullName}|{p.FamilyNameKana}|{p.GivenNameKana}|{p.BirthDate}|{p.Sex}|{p.Prefecture}\n");
        foreach (var m in (await db.PensionMonths.AsNoTracking().ToListAsync()).OrderBy(m => m.PersonId).ThenBy(m => m.Month.ToInt()))
            text.Append($"M|{m.PersonId}|{m.Month.ToInt()}|{m.Status}|{m.Category}|{m.PremiumDue}|{m.PaidOn}|{m.AdditionalPremiumPaid}|{m.LatePaidOn}|{m.StandardMonthlyPay}|{m.EmploymentPeriodId}\n");
        foreach (var e in (await db.EmploymentPeriods.AsNoTracking().ToListAsync()).OrderBy(e => e.Id))
            text.Append($"E|{e.Id}|{e.PersonId}|{e.EmployerName}|{e.EstablishmentSymbol}|{e.AcquiredOn}|{e.LostOn}|{e.EstablishmentId}\n");
        foreach (var b in (await db.BonusPayments.AsNoTracking().ToListAsync()).OrderBy(b => b.EmploymentPeriodId).ThenBy(b => b.PaidOn))
            text.Append($"B|{b.EmploymentPeriodId}|{b.PaidOn}|{b.StandardBonus}\n");
        foreach (var e in (await db.Establishments.AsNoTracking().ToListAsync()).OrderBy(e => e.Id))
            text.Append($"S|{e.Id}|{e.Name}|{e.OfficeSymbol}|{e.EstablishmentNumber}|{e.CorporateNumber?.Value}|{e.Address}\n");
        foreach (var o in (await db.Offices.AsNoTracking().Include(o => o.Booths).ToListAsync()).OrderBy(o => o.Id))
            text.Append($"O|{o.Id}|{o.Code}|{o.Name}|{string.Join(",", o.Booths.OrderBy(b => b.Id).Select(b => $"{b.Id}:{b.Mode}"))}\n");
        foreach (var k in (await db.RegistrationAccessKeys.AsNoTracking().ToListAsync()).OrderBy(k => k.Id))
            text.Append($"K|{k.Id}|{k.PersonId}|{k.KeyHash}|{k.IssuedAt}|{k.UsedAt}\n");
        foreach (var i in (await db.EstablishmentInvitations.AsNoTracking().ToListAsync()).OrderBy(i => i.Id))
            text.Append($"I|{i.Id}|{i.EstablishmentId}|{i.CodeHash}|{i.Role}|{i.ExpiresAt}\n");
        foreach (var u in (await db.Users.AsNoTracking().ToListAsync()).OrderBy(u => u.Id))
            text.Append($"U|{u.Id}|{u.Email}|{u.DisplayName}|{u.InsuredPersonId}|{u.OfficeId}|{u.TwoFactorEnabled}\n");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
