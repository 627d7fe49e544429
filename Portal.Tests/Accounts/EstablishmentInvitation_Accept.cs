using Portal.Domain.Accounts;

namespace Portal.Tests.Accounts;

public sealed class EstablishmentInvitation_Accept
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static EstablishmentInvitation Invitation(string code = "ABCD-EFGH-JK23") =>
        new(Guid.NewGuid(), Guid.NewGuid(), code, MemberRole.Attorney, Issued, TimeSpan.FromDays(30));

    [Fact]
    public void IsSingleUse()
    {
        var invitation = Invitation();
        Assert.Null(invitation.Accept("user-1", Issued.AddDays(1)));
        Assert.Equal("user-1", invitation.UsedByUserId);
        Assert.Equal("invitation_used", invitation.Accept("user-2", Issued.AddDays(2))?.Code);
        Assert.Equal("user-1", invitation.UsedByUserId);
    }

    [Fact]
    public void ExpiresAfterItsValidity()
    {
        var invitation = Invitation();
        Assert.Equal("invitation_expired", invitation.Accept("user-1", Issued.AddDays(30))?.Code);
        Assert.Null(invitation.UsedAt);
    }

    [Theory]
    [InlineData("abcd efgh jk23")]
    [InlineData("ＡＢＣＤ－ＥＦＧＨ－ＪＫ２３")]
    [InlineData("ABCDEFGHJK23")]
    public void CodeIsRecognisedHoweverItIsTyped(string typed)
    {
        Assert.Equal(EstablishmentInvitation.Hash("ABCDEFGHJK23"), EstablishmentInvitation.Hash(EstablishmentInvitation.Normalise(typed)!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDEFGHJK2")]
    [InlineData("ABCDEFGHJK234")]
    [InlineData("ABCDEFGHJK2O")] // letter O is not in the alphabet
    public void MalformedCodesAreRejected(string typed) => Assert.Null(EstablishmentInvitation.Normalise(typed));

    [Fact]
    public void GeneratedCodesAreValidAndRepeatableForASeed()
    {
        var a = EstablishmentInvitation.Generate(new Random(1));
        Assert.Equal(a, EstablishmentInvitation.Generate(new Random(1)));
        Assert.Equal(a, EstablishmentInvitation.Normalise(a));
    }
}
