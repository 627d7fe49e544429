using Portal.Domain.Accounts;

namespace Portal.Infrastructure.DemoData;

/// <summary>
/// The fictional demo logins, access keys and invitation codes the seeder creates (docs/contracts-foundation.md).
/// For printing in Development and for tests; never log these. Everything is computed from the same
/// deterministic plan the seeder uses, so it matches any freshly seeded store.
/// </summary>
public static class DemoAccounts
{
    /// <summary>Password of every demo account.</summary>
    public const string Password = "Demo#Pension2026";

    /// <summary>TOTP secret (base32; RFC 6238, HMAC-SHA1, 30 s, 6 digits) of every staff, reviewer and admin account.</summary>
    public const string TotpSecret = "DEMOTOTPKEYFORPORTALSTAFF2345672";

    /// <summary>Where ASP.NET Core Identity keeps the authenticator key (its internal login provider and token name).</summary>
    public const string AuthenticatorKeyProvider = "[AspNetUserStore]";
    public const string AuthenticatorKeyName = "AuthenticatorKey";

    public const string Citizen1Email = "citizen1@demo.example";
    public const string Citizen2Email = "citizen2@demo.example";
    public const string Citizen3Email = "citizen3@demo.example";
    public const string Employer1Email = "employer1@demo.example";
    public const string Employer2Email = "employer2@demo.example";
    public const string Attorney1Email = "attorney1@demo.example";
    public const string Staff1Email = "staff1@demo.example";
    public const string Staff2Email = "staff2@demo.example";
    public const string Reviewer1Email = "reviewer1@demo.example";
    public const string AdminEmail = "admin@demo.example";

    private static readonly Lazy<IReadOnlyList<DemoLogin>> logins = new(BuildLogins);
    private static readonly Lazy<IReadOnlyList<DemoAccessKey>> accessKeys = new(BuildAccessKeys);
    private static readonly Lazy<IReadOnlyList<DemoInvitation>> invitations = new(BuildInvitations);

    /// <summary>All demo logins, citizens first.</summary>
    public static IReadOnlyList<DemoLogin> Logins => logins.Value;

    /// <summary>The demo login with this e-mail (case-insensitive).</summary>
    public static DemoLogin Get(string email) =>
        Logins.Single(l => string.Equals(l.Email, email, StringComparison.OrdinalIgnoreCase));

    /// <summary>Access keys for the registration demo: three valid ones, one expired, one already used.</summary>
    public static IReadOnlyList<DemoAccessKey> AccessKeys => accessKeys.Value;

    /// <summary>Two unused invitation codes per establishment (employer, then attorney).</summary>
    public static IReadOnlyList<DemoInvitation> Invitations => invitations.Value;

    /// <summary>Console lines describing all of the above, for printing at start-up in Development.</summary>
    public static IEnumerable<string> Describe()
    {
        yield return $"Demo logins (password {Password}; TOTP secret {TotpSecret} for staff, reviewer and admin):";
        foreach (var l in Logins)
            yield return $"  {l.Email,-26} {l.Role,-9} {(l.UsesTotp ? "TOTP" : "    ")} {l.DisplayName} — {l.Description}";
        yield return "Demo access keys (basic pension number + access key):";
        foreach (var k in AccessKeys)
            yield return $"  {k.PensionNumber}  {k.AccessKey}  {k.State,-7} {k.Label}";
        yield return "Demo establishment invitation codes:";
        foreach (var i in Invitations)
            yield return $"  {i.Code}  {i.Role,-8} {i.OfficeSymbol} {i.EstablishmentName}";
    }

    private static IReadOnlyList<DemoLogin> BuildLogins()
    {
        var plan = DemoDataPlan.Shared;
        var est = DemoCatalog.Establishments;
        DemoLogin Citizen(string email, int person, string description) =>
            new(email, Roles.Citizen, plan.Persons[person].FullName, false, description) { PersonIndex = person };

        return
        [
            Citizen(Citizen1Email, DemoDataPlan.Citizen1, "Category 1 now; employment, 付加, exemptions, deferral and unpaid months in the record"),
            Citizen(Citizen2Email, DemoDataPlan.Citizen2, $"Employee of {est[0].Name}"),
            Citizen(Citizen3Email, DemoDataPlan.Citizen3, $"Category 3 for years, now employed by {est[1].Name}"),
            new(Employer1Email, Roles.Employer, "さくら精機 総務担当", false, $"Employer of {est[0].Name} ({est[0].OfficeSymbol})")
                { Memberships = [(0, MemberRole.Employer)] },
            new(Employer2Email, Roles.Employer, "青葉フーズ 人事担当", false, $"Employer of {est[1].Name} ({est[1].OfficeSymbol})")
                { Memberships = [(1, MemberRole.Employer)] },
            new(Attorney1Email, Roles.Employer, "社労士 みらい事務所", false, $"Attorney (社労士) for {est[2].Name}, {est[3].Name}, {est[4].Name}")
                { Memberships = [(2, MemberRole.Attorney), (3, MemberRole.Attorney), (4, MemberRole.Attorney)] },
            new(Staff1Email, Roles.Staff, "年金相談職員 A（千代田）", true, "Counter staff, OF01 千代田年金事務所") { OfficeCode = "OF01" },
            new(Staff2Email, Roles.Staff, "年金相談職員 B（新宿）", true, "Counter staff, OF02 新宿年金事務所") { OfficeCode = "OF02" },
            new(Reviewer1Email, Roles.Reviewer, "審査担当 C", true, "Back-office reviewer, OF01") { OfficeCode = "OF01" },
            new(AdminEmail, Roles.Admin, "システム管理者", true, "Operator / administrator, OF01") { OfficeCode = "OF01" },
        ];
    }

    private static IReadOnlyList<DemoAccessKey> BuildAccessKeys()
    {
        var plan = DemoDataPlan.Shared;
        DemoAccessKey Key(int person, DemoAccessKeyState state, string label)
        {
            var p = plan.Persons[person];
            return new DemoAccessKey(label, state, p.PensionNumberDisplay, plan.AccessKeys[person]!.Formatted(), p.FullName, p.BirthDate)
                { PersonIndex = person };
        }

        var keys = new List<DemoAccessKey>
        {
            Key(DemoDataPlan.ValidKeyPersons[0], DemoAccessKeyState.Valid, "Valid: category-1 mother (maternity and childcare exemptions)"),
            Key(DemoDataPlan.ValidKeyPersons[1], DemoAccessKeyState.Valid, "Valid: self-employed, every exemption type"),
            Key(DemoDataPlan.ValidKeyPersons[2], DemoAccessKeyState.Valid, $"Valid: employee of {DemoCatalog.Establishments[0].Name}"),
            Key(DemoDataPlan.ExpiredKeyPerson, DemoAccessKeyState.Expired, "Expired (issued 120 days ago)"),
            Key(DemoDataPlan.UsedKeyPerson, DemoAccessKeyState.Used, "Already used"),
        };
        return keys;
    }

    private static IReadOnlyList<DemoInvitation> BuildInvitations() =>
        DemoDataPlan.Shared.Invitations.Select(i =>
        {
            var e = DemoCatalog.Establishments[i.Establishment];
            return new DemoInvitation(e.Name, e.OfficeSymbol, e.EstablishmentNumber, i.Role, i.Code);
        }).ToList();
}

/// <summary>A demo login.</summary>
public sealed record DemoLogin(string Email, string Role, string DisplayName, bool UsesTotp, string Description)
{
    /// <summary>The linked insured person (citizens), as a plan index.</summary>
    internal int? PersonIndex { get; init; }
    /// <summary>The staff member's office code.</summary>
    internal string? OfficeCode { get; init; }
    /// <summary>Establishments (plan index) and role for employer users.</summary>
    internal IReadOnlyList<(int Establishment, MemberRole Role)> Memberships { get; init; } = [];
}

public enum DemoAccessKeyState { Valid, Expired, Used }

/// <summary>A printed access key for the registration demo (pension number in display form, key in 4-4-4-5 form).</summary>
public sealed record DemoAccessKey(string Label, DemoAccessKeyState State, string PensionNumber, string AccessKey,
    string FullName, DateOnly BirthDate)
{
    internal int PersonIndex { get; init; }
}

/// <summary>An unused establishment invitation code.</summary>
public sealed record DemoInvitation(string EstablishmentName, string OfficeSymbol, string EstablishmentNumber,
    MemberRole Role, string Code);
