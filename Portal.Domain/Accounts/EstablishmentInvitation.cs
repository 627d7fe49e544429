using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Common;

namespace Portal.Domain.Accounts;

/// <summary>How an employer user acts for an establishment.</summary>
public enum MemberRole
{
    /// <summary>The employer (事業主) or its own staff.</summary>
    Employer = 1,
    /// <summary>A labour and social-security attorney (社会保険労務士) filing under a proxy certificate (提出代行証明書).</summary>
    Attorney = 2,
}

/// <summary>
/// A single-use code that lets a user join an establishment with a given role. An establishment issues
/// as many as it needs, so several users can act for it. Only the code's hash is stored.
/// </summary>
public sealed class EstablishmentInvitation
{
    public const int CodeLength = 12;
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private EstablishmentInvitation() { CodeHash = ""; }

    public EstablishmentInvitation(Guid id, Guid establishmentId, string code, MemberRole role,
        DateTimeOffset issuedAt, TimeSpan validFor)
    {
        Id = id;
        EstablishmentId = establishmentId;
        CodeHash = Hash(Normalise(code) ?? throw new ArgumentException("Invalid invitation code.", nameof(code)));
        Role = role;
        IssuedAt = issuedAt;
        ExpiresAt = issuedAt + validFor;
    }

    public Guid Id { get; private set; }
    public Guid EstablishmentId { get; private set; }
    public string CodeHash { get; private set; }
    public MemberRole Role { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public string? UsedByUserId { get; private set; }

    /// <summary>Upper-cases and strips separators; null when the text cannot be a code.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var text = input.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        var chars = text.Where(c => c is not ('-' or ' ')).ToArray();
        return chars.Length == CodeLength && chars.All(Alphabet.Contains) ? new string(chars) : null;
    }

    public static string Hash(string normalisedCode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedCode)));

    public static string Generate(Random random) =>
        new(Enumerable.Range(0, CodeLength).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

    /// <summary>Why this code cannot be accepted now, or null if it can.</summary>
    public RuleError? CheckAcceptable(DateTimeOffset now) =>
        UsedAt is not null ? new RuleError("invitation_used", "Accounts.Invitation.Used")
        : now >= ExpiresAt ? new RuleError("invitation_expired", "Accounts.Invitation.Expired")
        : null;

    /// <summary>Marks the code used by <paramref name="userId"/>. Refuses a used or expired code.</summary>
    public RuleError? Accept(string userId, DateTimeOffset now)
    {
        if (CheckAcceptable(now) is { } error) return error;
        UsedAt = now;
        UsedByUserId = userId;
        return null;
    }
}

/// <summary>A user's right to act for an establishment.</summary>
public sealed class EstablishmentMembership
{
    private EstablishmentMembership() { UserId = ""; }

    public EstablishmentMembership(string userId, Guid establishmentId, MemberRole role, DateTimeOffset joinedAt)
    {
        UserId = userId;
        EstablishmentId = establishmentId;
        Role = role;
        JoinedAt = joinedAt;
    }

    public string UserId { get; private set; }
    public Guid EstablishmentId { get; private set; }
    public MemberRole Role { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
}
