using Portal.Domain.Common;
using Portal.Domain.Records;
using static Portal.Tests.Records.RecordBuilder;

namespace Portal.Tests.Records;

public sealed class RecordCalendar_Dates
{
    [Fact]
    public void APremiumIsDueAtTheEndOfTheFollowingMonth()
    {
        Assert.Equal(D(2024, 10, 31), RecordCalendar.PremiumDueDate(M(2024, 9)));
        Assert.Equal(D(2025, 1, 31), RecordCalendar.PremiumDueDate(M(2024, 12)));
    }

    [Fact]
    public void AnUnpaidMonthIsPayableForTwoYearsAfterItsDueDate()
    {
        var month = M(2024, 9); // due 2024-10-31
        Assert.Equal(D(2026, 10, 31), RecordCalendar.UnpaidLastPayableDate(month));
        Assert.False(RecordCalendar.IsTimeBarred(month, D(2026, 10, 31)));
        Assert.True(RecordCalendar.IsTimeBarred(month, D(2026, 11, 1)));
    }

    [Fact]
    public void ALimitEndingInFebruaryEndsOnItsLastDay()
    {
        Assert.Equal(D(2028, 2, 29), RecordCalendar.UnpaidLastPayableDate(M(2026, 1))); // due 2026-02-28
    }

    [Fact]
    public void AMonthIsOverdueOnlyAfterItsDueDate()
    {
        Assert.False(RecordCalendar.IsOverdue(M(2026, 4), D(2026, 5, 31)));
        Assert.True(RecordCalendar.IsOverdue(M(2026, 4), D(2026, 6, 1)));
    }

    [Theory]
    [InlineData("1966-04-02", "1986-04", "2026-03")]
    [InlineData("1966-04-01", "1986-03", "2026-02")]
    [InlineData("1980-02-29", "2000-02", "2040-01")]
    public void TheMonthsAt20To59StartInTheMonthTwentyIsReached(string birth, string first, string last)
    {
        var birthDate = DateOnly.Parse(birth);
        Assert.Equal(YearMonth.Parse(first).Value, RecordCalendar.FirstMonthAt20(birthDate));
        Assert.Equal(YearMonth.Parse(last).Value, RecordCalendar.LastMonthAt59(birthDate));
        Assert.Equal(480, RecordCalendar.FirstMonthAt20(birthDate).MonthsUntil(RecordCalendar.LastMonthAt59(birthDate)) + 1);
    }
}
