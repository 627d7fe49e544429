using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;

namespace Portal.Tests.EmployerFilings;

public sealed class PayRules_Calculate
{
    private static StandardMonthlyPayGradeTable Table => StandardMonthlyPayGrades.For(new DateOnly(2026, 9, 1))!;

    [Theory]
    [InlineData(1_234_567, 0, 1_234_000)]
    [InlineData(999, 0, 0)]
    [InlineData(500_000, 1_999, 501_000)]
    [InlineData(1_500_999, 0, 1_500_000)]
    [InlineData(2_000_000, 0, 1_500_000)]
    [InlineData(1_400_000, 200_000, 1_500_000)]
    public void StandardBonusIsRoundedDownTo1000AndCappedPerPayment(long cash, long inKind, long expected) =>
        Assert.Equal(expected, StandardBonus.Compute(cash, inKind));

    [Theory]
    [InlineData(17, false, true)]
    [InlineData(16, false, false)]
    [InlineData(11, true, true)]
    [InlineData(10, true, false)]
    public void MonthsCountWith17PaidDaysOr11ForShortTime(int days, bool shortTime, bool counts) =>
        Assert.Equal(counts, PaidDays.Counts(days, shortTime));

    [Fact]
    public void AverageLeavesOutMonthsWithTooFewDaysAndRoundsDown()
    {
        var average = PayAverages.Calculate([new(300_000, 31), new(100_000, 10), new(301_001, 30)], false, Table);
        Assert.Equal(2, average.CountedMonths);
        Assert.Equal(300_500, average.Average);
        Assert.Equal(300_000, average.Grade!.StandardPay);
    }

    [Fact]
    public void NoMonthCountedGivesNoAverage() =>
        Assert.Equal(new PayAverage(0, null, null), PayAverages.Calculate([new(300_000, 5)], false, Table));

    [Theory]
    [InlineData("2026-05-31", null, true)]
    [InlineData("2026-06-01", null, false)] // joined on 1 June
    [InlineData("2026-06-15", null, false)]
    [InlineData("2020-04-01", "2026-07", false)] // monthly change from July
    [InlineData("2020-04-01", "2026-09", false)]
    [InlineData("2020-04-01", "2026-10", true)]
    [InlineData("2020-04-01", "2026-06", true)]
    public void AnnualBaseTargets(string since, string? change, bool target) =>
        Assert.Equal(target, AnnualBase.IsTarget(2026, DateOnly.Parse(since), change is null ? null : YearMonth.Parse(change).Value));

    [Fact]
    public void MonthlyChangeIsDueFromTwoGrades()
    {
        MonthPay[] up2 = [new(330_000, 30), new(330_000, 31), new(330_000, 30)]; // 300,000 → 340,000: 2 grades
        MonthPay[] up1 = [new(315_000, 30), new(315_000, 31), new(315_000, 30)]; // → 320,000: 1 grade
        Assert.True(MonthlyChange.IsDue(true, up2, false, 300_000, Table));
        Assert.False(MonthlyChange.IsDue(true, up1, false, 300_000, Table));
        Assert.False(MonthlyChange.IsDue(false, up2, false, 300_000, Table)); // fixed pay did not change
        Assert.False(MonthlyChange.IsDue(true, [up2[0], up2[1], new(330_000, 16)], false, 300_000, Table));
        Assert.True(MonthlyChange.IsDue(true, [up2[0], up2[1], new(330_000, 11)], true, 300_000, Table));
        Assert.Equal(new YearMonth(2026, 7), MonthlyChange.EffectiveFrom(new YearMonth(2026, 4)));
    }

    [Theory]
    [InlineData(LossReason.Retirement, "2026-03-31", "1980-01-01", "2026-04-01")]
    [InlineData(LossReason.Death, "2026-12-31", "1980-01-01", "2027-01-01")]
    [InlineData(LossReason.Age70, null, "1956-05-10", "2026-05-09")]
    [InlineData(LossReason.Age70, null, "1956-02-29", "2026-02-28")]
    public void LossDateIsTheDayAfterLeavingOrTheDayBefore70(LossReason reason, string? leaving, string birth, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), LossDates.For(reason, leaving is null ? null : DateOnly.Parse(leaving), DateOnly.Parse(birth)));

    [Fact]
    public void DeadlinesOnAWeekendMoveToMonday()
    {
        Assert.Equal(new DateOnly(2026, 7, 6), FilingDeadlines.After(new DateOnly(2026, 7, 1), 5)); // Mon
        Assert.Equal(new DateOnly(2026, 7, 13), FilingDeadlines.After(new DateOnly(2026, 7, 6), 5)); // Sat 11 → Mon 13
        Assert.Equal(new DateOnly(2026, 7, 10), FilingDeadlines.AnnualBase(2026)); // Friday
        Assert.Equal(new DateOnly(2027, 7, 12), FilingDeadlines.AnnualBase(2027)); // Sat 10 → Mon 12
        Assert.Equal(new DateOnly(2026, 7, 31), FilingDeadlines.MonthlyChange(new YearMonth(2026, 4)));
    }

    [Fact]
    public void AgeIncreasesTheDayBeforeTheBirthday()
    {
        Assert.Equal(69, LossDates.AgeOn(new DateOnly(1956, 5, 10), new DateOnly(2026, 5, 8)));
        Assert.Equal(70, LossDates.AgeOn(new DateOnly(1956, 5, 10), new DateOnly(2026, 5, 9)));
    }
}
