using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.EmployerFilings;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Accounts;

/// <summary>
/// Employer users join establishments with single-use invitation codes; one user may act for several
/// establishments (a 社労士 for each client) and an establishment may have several users.
/// </summary>
public sealed class EstablishmentMembershipService(
    PortalDbContext db,
    UserManager<PortalUser> userManager,
    TimeProvider clock,
    ILogger<EstablishmentMembershipService> logger)
{
    public sealed class RegistrationInput
    {
        public string? InvitationCode { get; set; }
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    public sealed record Membership(Guid EstablishmentId, string Name, string OfficeSymbol, string EstablishmentNumber, MemberRole Role);

    /// <summary>Opens an employer account and joins the establishment the code belongs to.</summary>
    public async Task<(PortalUser? User, FieldErrors Errors)> RegisterAsync(RegistrationInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.DisplayName)) errors.Add(nameof(input.DisplayName), "Validation.Required");
        CitizenRegistration.ValidateCredentials(input.Email, input.Password, input.ConfirmPassword, errors);
        var invitation = await FindUsableInvitationAsync(input.InvitationCode, errors, ct);
        if (errors.Any || invitation is null) return (null, errors);

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = PortalUser.Create(input.Email!, input.DisplayName!, now);
        var created = await userManager.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
            return (null, errors.AddIdentityErrors(created.Errors, nameof(input.Password), nameof(input.Email)));
        await userManager.AddToRoleAsync(user, Roles.Employer);
        invitation.Accept(user.Id, now);
        db.EstablishmentMemberships.Add(new EstablishmentMembership(user.Id, invitation.EstablishmentId, invitation.Role, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Employer account {UserId} opened for establishment {EstablishmentId}", user.Id, invitation.EstablishmentId);
        return (user, errors);
    }

    /// <summary>A signed-in employer user joins one more establishment.</summary>
    public async Task<FieldErrors> JoinAsync(string userId, string? code, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var invitation = await FindUsableInvitationAsync(code, errors, ct);
        if (invitation is null) return errors;
        if (await db.EstablishmentMemberships.AnyAsync(m => m.UserId == userId && m.EstablishmentId == invitation.EstablishmentId, ct))
            return errors.Add(nameof(RegistrationInput.InvitationCode), "Accounts.Invitation.AlreadyMember");

        var now = clock.GetUtcNow();
        invitation.Accept(userId, now);
        db.EstablishmentMemberships.Add(new EstablishmentMembership(userId, invitation.EstablishmentId, invitation.Role, now));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("User {UserId} joined establishment {EstablishmentId}", userId, invitation.EstablishmentId);
        return errors;
    }

    public async Task<IReadOnlyList<Membership>> ListAsync(string userId, CancellationToken ct = default) =>
        await (from m in db.EstablishmentMemberships
               join e in db.Establishments on m.EstablishmentId equals e.Id
               where m.UserId == userId
               orderby e.Name
               select new Membership(e.Id, e.Name, e.OfficeSymbol, e.EstablishmentNumber, m.Role)).ToListAsync(ct);

    private async Task<EstablishmentInvitation?> FindUsableInvitationAsync(string? code, FieldErrors errors, CancellationToken ct)
    {
        const string field = nameof(RegistrationInput.InvitationCode);
        if (string.IsNullOrWhiteSpace(code)) { errors.Add(field, "Validation.Required"); return null; }
        var normalised = EstablishmentInvitation.Normalise(code);
        if (normalised is null) { errors.Add(field, "Accounts.Invitation.Format"); return null; }
        var hash = EstablishmentInvitation.Hash(normalised);
        var invitation = await db.EstablishmentInvitations.SingleOrDefaultAsync(i => i.CodeHash == hash, ct);
        if (invitation is null) { errors.Add(field, "Accounts.Invitation.Unknown"); return null; }
        if (invitation.CheckAcceptable(clock.GetUtcNow()) is { } error) { errors.Add(field, error.MessageKey); return null; }
        return invitation;
    }
}
