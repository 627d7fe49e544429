using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Accounts;

/// <summary>
/// The access key (アクセスキー) printed on a person's annual statement. With the basic pension number
/// it opens an account at once; it is single use and expires (about 3 months). Only its hash is stored.
/// </summary>
public sealed class RegistrationAccessKey
{
    /// <summary>How long a printed key stays valid (DOMAIN.md §2: about 3 months).</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(92);

    private RegistrationAccessKey() { KeyHash = ""; }

    public RegistrationAccessKey(Guid id, Guid personId, AccessKey key, DateTimeOffset issuedAt)
    {
        Id = id;
        PersonId = personId;
        KeyHash = key.ComputeHash();
        IssuedAt = issuedAt;
        ExpiresAt = issuedAt + ValidFor;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public string KeyHash { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public bool Matches(AccessKey key) => string.Equals(KeyHash, key.ComputeHash(), StringComparison.Ordinal);

    /// <summary>Why this key cannot open an account now, or null if it can.</summary>
    public RuleError? CheckRedeemable(DateTimeOffset now) =>
        UsedAt is not null ? new RuleError("access_key_used", "Accounts.AccessKey.Used")
        : now >= ExpiresAt ? new RuleError("access_key_expired", "Accounts.AccessKey.Expired")
        : null;

    /// <summary>Marks the key used. Refuses a used or expired key.</summary>
    public RuleError? Redeem(DateTimeOffset now)
    {
        var error = CheckRedeemable(now);
        if (error is null) UsedAt = now;
        return error;
    }
}
