using Portal.Domain.Accounts;
using Portal.Domain.Identifiers;

namespace Portal.Tests.Accounts;

public sealed class RegistrationAccessKey_Redeem
{
    private static readonly DateTimeOffset Issued = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly AccessKey Key = AccessKey.Generate(new Random(7));

    [Fact]
    public void OpensOnceThenRefusesAsUsed()
    {
        var key = new RegistrationAccessKey(Guid.NewGuid(), Guid.NewGuid(), Key, Issued);

        Assert.Null(key.Redeem(Issued.AddDays(1)));
        Assert.Equal("access_key_used", key.Redeem(Issued.AddDays(2))?.Code);
    }

    [Fact]
    public void RefusesAfterItExpires()
    {
        var key = new RegistrationAccessKey(Guid.NewGuid(), Guid.NewGuid(), Key, Issued);

        Assert.Null(key.CheckRedeemable(key.ExpiresAt.AddSeconds(-1)));
        Assert.Equal("access_key_expired", key.Redeem(key.ExpiresAt)?.Code);
        Assert.Null(key.UsedAt);
    }

    [Fact]
    public void KeepsOnlyTheHashAndMatchesTheSameKeyTypedDifferently()
    {
        var key = new RegistrationAccessKey(Guid.NewGuid(), Guid.NewGuid(), Key, Issued);
        var typed = AccessKey.Parse(" " + Key.Formatted().ToLowerInvariant() + " ").Value;

        Assert.DoesNotContain(Key.Value, key.KeyHash, StringComparison.OrdinalIgnoreCase);
        Assert.True(key.Matches(typed));
        Assert.False(key.Matches(AccessKey.Generate(new Random(8))));
    }
}
