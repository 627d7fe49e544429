using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Common;
using Portal.Domain.Identifiers;
using Portal.Domain.Records;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.DemoData;
using Portal.Infrastructure.Persistence;

namespace Portal.Tests.Benefits;

/// <summary>
/// A citizen with a full 40-year national-pension record, added to the app's store (the demo persons' records end at 59
/// and are not full): a man born 1966-05-10, 480 paid category-1 months from the month he reached 20 (May 1986) to the
/// month before he reached 60 (April 2026). The builder follows bench/Portal.Benchmarks' 45-year fixture.
/// </summary>
internal static class FullRecordFixture
{
    public const string Email = "full480@test.example";
    public static readonly DateOnly BirthDate = new(1966, 5, 10);
    public static readonly YearMonth First = new(1986, 5);
    public const int MonthCount = 480;

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>A woman born 1965-01-01 with 480 paid months from January 1985: under 65 in the special old-age cohort (§5.8).</summary>
    public const string SpecialOldAgeEmail = "special-old-age@test.example";

    /// <summary>Adds the full-record person and their sign-in (password <see cref="DemoAccounts.Password"/>) once per store.</summary>
    public static Task EnsureAsync(IServiceProvider services) =>
        EnsureAsync(services, Email, "9990480040", BirthDate, Sex.Male, First);

    /// <summary>Adds the special old-age person once per store.</summary>
    public static Task EnsureSpecialOldAgeAsync(IServiceProvider services) =>
        EnsureAsync(services, SpecialOldAgeEmail, "9990480041", new DateOnly(1965, 1, 1), Sex.Female, new YearMonth(1984, 12));

    private static async Task EnsureAsync(IServiceProvider services, string email, string pensionNumber, DateOnly birthDate, Sex sex,
        YearMonth first)
    {
        await Gate.WaitAsync();
        try
        {
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            if (await users.FindByEmailAsync(email) is not null) return;
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var person = new InsuredPerson(Guid.NewGuid(), BasicPensionNumber.From(pensionNumber),
                "年金", "満額", "ネンキン", "マンガク", birthDate, sex, "東京都");
            db.InsuredPersons.Add(person);
            foreach (var month in YearMonth.Range(first, first.AddMonths(MonthCount - 1)))
            {
                var premium = PremiumSchedule.Default.MonthlyPremium(month) ?? 0;
                db.PensionMonths.Add(new PensionMonth(person.Id, month, MonthStatus.Paid, InsuredCategory.Category1,
                    premiumDue: premium, paidOn: month.AddMonths(1).LastDay));
            }
            await db.SaveChangesAsync();

            var user = PortalUser.Create(email, "年金 満額", DateTimeOffset.UtcNow);
            user.InsuredPersonId = person.Id;
            Check(await users.CreateAsync(user, DemoAccounts.Password));
            Check(await users.AddToRoleAsync(user, Roles.Citizen));
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
