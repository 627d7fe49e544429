using Portal.Domain.Notices;

namespace Portal.Tests.Notices;

public sealed class NoticePreference_Choose
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordsAChangeWithItsTime()
    {
        var p = new NoticePreference(Guid.NewGuid(), NoticeType.AnnualStatement, paperless: false, Start);
        p.Choose(true, Start.AddDays(1));
        Assert.True(p.Paperless);
        Assert.Equal(Start.AddDays(1), p.ChangedAt);
    }

    [Fact]
    public void KeepsTheTimeWhenNothingChanges()
    {
        var p = new NoticePreference(Guid.NewGuid(), NoticeType.AnnualStatement, paperless: true, Start);
        p.Choose(true, Start.AddDays(1));
        Assert.Equal(Start, p.ChangedAt);
    }
}
