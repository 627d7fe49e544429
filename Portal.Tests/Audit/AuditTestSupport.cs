using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Audit;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Audit;

/// <summary>Signing in the demo accounts and reading what the audit trail gained since a point.</summary>
internal static class AuditTestSupport
{
    public const string Password = PortalWebFactory.DemoPassword;

    /// <summary>Signs in with the demo password, and the demo authenticator when the account asks for a second factor.</summary>
    public static Task<FormClient> SignInAsync(this PortalWebFactory factory, string email) =>
        factory.SignedInWithSecondFactorAsync(email);

    public static async Task<string> UserIdAsync(this PortalWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    public static async Task<Guid> PersonIdAsync(this PortalWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.InsuredPersonId!.Value).SingleAsync();
    }

    /// <summary>A principal as the cookie carries it: the account id claim (and nothing personal).</summary>
    public static ClaimsPrincipal Principal(string userId, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, role)], "test"));

    /// <summary>The newest sequence number now (0 for an empty chain).</summary>
    public static async Task<long> HeadAsync(this PortalWebFactory factory) =>
        (await factory.Services.GetRequiredService<AuditTrail>().LatestAsync(1)).FirstOrDefault()?.Sequence ?? 0;

    /// <summary>The entries written after <paramref name="after"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> SinceAsync(this PortalWebFactory factory, long after, string? action = null)
    {
        var entries = await factory.Services.GetRequiredService<AuditTrail>().LatestAsync(1_000, action);
        return entries.Where(e => e.Sequence > after).OrderBy(e => e.Sequence).ToList();
    }
}
