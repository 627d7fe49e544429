using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Identifiers;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Accounts;

/// <summary>
/// Opens a citizen account the way the national service does: basic pension number + the access key
/// printed on the annual statement, then e-mail and password. The key is single use and expires.
/// </summary>
public sealed class CitizenRegistration(
    PortalDbContext db,
    UserManager<PortalUser> userManager,
    TimeProvider clock,
    ILogger<CitizenRegistration> logger)
{
    public sealed class Input
    {
        public string? PensionNumber { get; set; }
        public string? AccessKey { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    public async Task<(PortalUser? User, FieldErrors Errors)> RegisterAsync(Input input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var pensionNumber = BasicPensionNumber.Parse(input.PensionNumber);
        if (!pensionNumber.IsValid) errors.Add(nameof(Input.PensionNumber), pensionNumber.Error!.MessageKey);
        var accessKey = Domain.Identifiers.AccessKey.Parse(input.AccessKey);
        if (!accessKey.IsValid) errors.Add(nameof(Input.AccessKey), accessKey.Error!.MessageKey);
        ValidateCredentials(input.Email, input.Password, input.ConfirmPassword, errors);
        if (errors.Any) return (null, errors);

        var now = clock.GetUtcNow();
        var number = pensionNumber.Value;
        var person = await db.InsuredPersons.SingleOrDefaultAsync(p => p.PensionNumber == number, ct);
        var keyHash = accessKey.Value.ComputeHash();
        var key = person is null ? null
            : await db.RegistrationAccessKeys.SingleOrDefaultAsync(k => k.PersonId == person.Id && k.KeyHash == keyHash, ct);
        if (person is null || key is null)
        {
            // Do not say which of the two was wrong.
            logger.LogInformation("Citizen registration refused: number and key do not match");
            return (null, errors.Add(nameof(Input.AccessKey), "Accounts.AccessKey.NoMatch"));
        }
        if (key.CheckRedeemable(now) is { } keyError)
            return (null, errors.Add(nameof(Input.AccessKey), keyError.MessageKey));
        if (await db.Users.AnyAsync(u => u.InsuredPersonId == person.Id, ct))
            return (null, errors.Add(nameof(Input.PensionNumber), "Accounts.Registration.AlreadyRegistered"));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = PortalUser.Create(input.Email!, person.FullName, now);
        user.InsuredPersonId = person.Id;
        var created = await userManager.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
            return (null, errors.AddIdentityErrors(created.Errors, nameof(Input.Password), nameof(Input.Email)));
        await userManager.AddToRoleAsync(user, Roles.Citizen);
        key.Redeem(now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Citizen account {UserId} opened with an access key", user.Id);
        return (user, errors);
    }

    /// <summary>E-mail, password and confirmation: shared by every form that opens an account.</summary>
    public static void ValidateCredentials(string? email, string? password, string? confirm, FieldErrors errors,
        string passwordField = "Password")
    {
        if (string.IsNullOrWhiteSpace(email)) errors.Add("Email", "Validation.Required");
        else if (!MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim() || !parsed.Host.Contains('.'))
            errors.Add("Email", "Validation.Email");
        if (string.IsNullOrEmpty(password)) errors.Add(passwordField, "Validation.Required");
        if (password != confirm) errors.Add("ConfirmPassword", "Validation.PasswordMismatch");
    }
}
