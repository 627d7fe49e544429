using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.Domain.Audit;
using Portal.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.Administration;

/// <summary>
/// An admin creates staff and reviewer accounts attached to an office. The new user sets up the
/// authenticator at first sign-in: the staff areas refuse a session without a second factor. Each account created is
/// audited (<see cref="AuditActions.AdminAccountChanged"/>: the admin's account id, the new account, its role and office).
/// </summary>
public sealed class StaffAdministration(
    IDbContextFactory<PortalDbContext> contextFactory,
    IServiceScopeFactory scopeFactory,
    TimeProvider clock,
    ILogger<StaffAdministration> logger,
    Portal.Domain.Operations.IWriteGate gate,
    PortalAudit audit)
{
    public sealed class Input
    {
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public string Role { get; set; } = Roles.Staff;
        public Guid? OfficeId { get; set; }
        public string? InitialPassword { get; set; }
    }

    public sealed record OfficeOption(Guid Id, string Name, string NameEn);
    public sealed record StaffMember(string Id, string DisplayName, string Email, string Role, string OfficeName, bool TwoFactorEnabled);

    public static readonly IReadOnlyList<string> AssignableRoles = [Roles.Staff, Roles.Reviewer];

    public async Task<IReadOnlyList<OfficeOption>> OfficesAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Offices.OrderBy(o => o.Code).Select(o => new OfficeOption(o.Id, o.Name, o.NameEn)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == Roles.Staff || r.Name == Roles.Reviewer
                          join o in db.Offices on u.OfficeId equals o.Id into offices
                          from o in offices.DefaultIfEmpty()
                          orderby u.Email
                          select new StaffMember(u.Id, u.DisplayName, u.Email!, r.Name!, o == null ? "" : o.Name, u.TwoFactorEnabled))
                         .ToListAsync(ct);
        return rows;
    }

    /// <summary>Creates the account; <paramref name="admin"/> is the signed-in administrator (the audit entry's actor).</summary>
    public async Task<FieldErrors> CreateAsync(Input input, ClaimsPrincipal? admin = null, CancellationToken ct = default)
    {
        // Read-only mode (a kill switch) stops new accounts too: refused here, and the page says so.
        if (await gate.RefusalAsync(null, ct) is { } refused) throw new Portal.Domain.Operations.WriteRefusedException(refused);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.DisplayName)) errors.Add(nameof(Input.DisplayName), "Validation.Required");
        CitizenRegistration.ValidateCredentials(input.Email, input.InitialPassword, input.InitialPassword, errors, nameof(Input.InitialPassword));
        if (!AssignableRoles.Contains(input.Role)) errors.Add(nameof(Input.Role), "Validation.Required");
        if (input.OfficeId is null) errors.Add(nameof(Input.OfficeId), "Validation.Required");
        if (errors.Any) return errors;

        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (!await db.Offices.AnyAsync(o => o.Id == input.OfficeId, ct))
            return errors.Add(nameof(Input.OfficeId), "Validation.Required");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = PortalUser.Create(input.Email!, input.DisplayName!, clock.GetUtcNow());
        user.OfficeId = input.OfficeId;
        var created = await userManager.CreateAsync(user, input.InitialPassword!);
        if (!created.Succeeded)
            return errors.AddIdentityErrors(created.Errors, nameof(Input.InitialPassword), nameof(Input.Email));
        await userManager.AddToRoleAsync(user, input.Role);
        await tx.CommitAsync(ct);
        await audit.RecordAsync(AuditActions.AdminAccountChanged, AuditOutcome.Succeeded, PortalAudit.ActorOf(admin),
            AuditActions.Subjects.Account(user.Id), $"staff-account-created:{input.Role}:office:{input.OfficeId:D}", ct);
        logger.LogInformation("Admin created {Role} account {UserId}", input.Role, user.Id);
        return errors;
    }
}
