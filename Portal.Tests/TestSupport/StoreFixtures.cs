using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Identifiers;
using Portal.Domain.Records;
using Portal.Infrastructure.Persistence;

namespace Portal.Tests.TestSupport;

/// <summary>Rows a test needs, written straight into the app's store.</summary>
public static class StoreFixtures
{
    private static int _serial = 500000;

    /// <summary>A fictional person with a fresh access key issued <paramref name="issuedDaysAgo"/> days ago.</summary>
    public static async Task<(string PensionNumber, string AccessKey)> PersonWithAccessKeyAsync(IServiceProvider services, int issuedDaysAgo = 1)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var serial = Interlocked.Increment(ref _serial);
        var number = BasicPensionNumber.From($"8888{serial:D6}");
        var person = new InsuredPerson(Guid.NewGuid(), number, "試験", "太郎", "シケン", "タロウ", new DateOnly(1980, 5, 5), Sex.Male, "東京都");
        var key = AccessKey.Generate(new Random(serial));
        db.InsuredPersons.Add(person);
        db.RegistrationAccessKeys.Add(new RegistrationAccessKey(Guid.NewGuid(), person.Id, key, DateTimeOffset.UtcNow.AddDays(-issuedDaysAgo)));
        await db.SaveChangesAsync();
        return (number.ToString(), key.Formatted());
    }

    /// <summary>A fresh invitation code for the n-th establishment (by name).</summary>
    public static async Task<(string Code, Guid EstablishmentId)> InvitationAsync(IServiceProvider services,
        MemberRole role = MemberRole.Employer, int establishmentIndex = 0, int issuedDaysAgo = 1)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var establishment = await db.Establishments.OrderBy(e => e.Name).Skip(establishmentIndex).FirstAsync();
        var code = EstablishmentInvitation.Generate(new Random(Interlocked.Increment(ref _serial)));
        db.EstablishmentInvitations.Add(new EstablishmentInvitation(Guid.NewGuid(), establishment.Id, code, role,
            DateTimeOffset.UtcNow.AddDays(-issuedDaysAgo), TimeSpan.FromDays(30)));
        await db.SaveChangesAsync();
        return (code, establishment.Id);
    }
}
