using Portal.Domain.Records;
using static Portal.Tests.Records.RecordBuilder;

namespace Portal.Tests.Records;

public sealed class AnnualStatement_Build
{
    [Fact]
    public void UnderFiftyShowsThePensionEarnedSoFar()
    {
        var person = Person(D(1986, 4, 2)); // 40 on 2026-05-10
        var record = new RecordBuilder().Add(M(2006, 4), M(2026, 4), MonthStatus.Paid, premiumDue: 16_000, paid: true);
        var s = AnnualStatement.Build(person, record.Months, [], D(2026, 5, 10));

        Assert.Equal(40, s.Age);
        Assert.Equal(StatementAgeBand.Under50, s.AgeBand);
        Assert.True(s.ShowsPensionEarnedSoFar);
        Assert.False(s.ShowsProjectionTo60);
        Assert.False(s.ShowsDeferralExamples);
        Assert.Null(s.Projection);
        Assert.Equal(241m, s.Summary.WeightedMonths);
        Assert.Equal("Records.Statement.AgeBand.Under50", AnnualStatement.AgeBandKey(s.AgeBand));
    }

    [Fact]
    public void FiftyAndOverProjectsToSixtyWithTheCurrentEnrolment()
    {
        var person = Person(D(1974, 4, 2)); // 52 on 2026-05-10; last month at 59: 2034-03
        var record = new RecordBuilder().Add(M(1994, 4), M(2026, 4), MonthStatus.EmployeesPension, pay: 410_000);
        var s = AnnualStatement.Build(person, record.Months, [], D(2026, 5, 10));

        Assert.Equal(StatementAgeBand.FiftyAndOver, s.AgeBand);
        Assert.True(s.ShowsProjectionTo60);
        Assert.False(s.ShowsPensionEarnedSoFar);
        Assert.True(s.ShowsDeferralExamples);
        var p = Assert.IsType<StatementProjectionInputs>(s.Projection);
        Assert.Equal(M(2026, 4), p.LatestMonth);
        Assert.Equal(InsuredCategory.Category2, p.CurrentCategory);
        Assert.Equal(410_000, p.CurrentStandardMonthlyPay);
        Assert.Equal(M(2034, 3), p.LastMonthAt59);
        Assert.Equal(95, p.RemainingMonths); // 2026-05 … 2034-03
        Assert.True(p.IsEnrolled);
    }

    [Theory]
    [InlineData(34, false)]
    [InlineData(35, true)]
    [InlineData(45, true)]
    [InlineData(58, false)]
    [InlineData(59, true)]
    public void TheFullHistoryComesAt35And45And59(int age, bool fullHistory)
    {
        var today = D(2026, 5, 10);
        var person = Person(new DateOnly(2026 - age, 4, 2));
        var s = AnnualStatement.Build(person, [], [], today);
        Assert.Equal(age, s.Age);
        Assert.Equal(fullHistory, s.IsFullHistoryYear);
    }

    [Fact]
    public void ShowsTheThirteenMonthsBeforeTheMonthOfToday()
    {
        var person = Person(D(1986, 4, 2));
        var record = new RecordBuilder()
            .Add(M(2006, 4), M(2025, 12), MonthStatus.Paid, premiumDue: 16_000, paid: true)
            .Add(M(2026, 1), M(2026, 3), MonthStatus.Unpaid, premiumDue: 17_510);
        var s = AnnualStatement.Build(person, record.Months, [], D(2026, 5, 10));

        Assert.Equal(13, s.RecentMonths.Count);
        Assert.Equal(M(2025, 4), s.RecentMonths[0].Month);
        Assert.Equal(M(2026, 4), s.RecentMonths[^1].Month);
        Assert.Null(s.RecentMonths[^1].Status); // not on record yet
        Assert.True(s.HasRecentUnpaidMonths);
        Assert.True(s.HasUnpaidMonths);
    }

    [Fact]
    public void TabulatesMonthsByScheme()
    {
        var person = Person(D(1986, 4, 2));
        var record = new RecordBuilder()
            .Add(M(2006, 4), M(2008, 3), MonthStatus.StudentDeferral)
            .Add(M(2008, 4), M(2009, 3), MonthStatus.FullExemption)
            .Add(M(2009, 4), M(2010, 3), MonthStatus.HalfExemption, premiumDue: 7_330, paid: true)
            .Add(M(2010, 4), M(2011, 3), MonthStatus.Paid, premiumDue: 15_100, paid: true, additional: true)
            .Add(M(2011, 4), M(2011, 6), MonthStatus.Unpaid, premiumDue: 15_020)
            .Add(M(2011, 7), M(2020, 3), MonthStatus.EmployeesPension, pay: 300_000)
            .Add(M(2020, 4), M(2026, 3), MonthStatus.Category3);
        var s = AnnualStatement.Build(person, record.Months, [], D(2026, 4, 10));
        var m = s.MonthsByScheme;

        Assert.Equal(12, m.Category1PaidMonths);
        Assert.Equal(12, m.FullExemptionMonths);
        Assert.Equal(12, m.PartialExemptionMonths);
        Assert.Equal(24, m.StudentDeferralMonths);
        Assert.Equal(0, m.PaymentDeferralMonths);
        Assert.Equal(72, m.Category3Months);
        Assert.Equal(12, m.AdditionalPremiumMonths);
        Assert.Equal(105, m.EmployeesPensionMonths);
        Assert.Equal(3, m.UnpaidMonths);
        Assert.Equal(60 + 72, m.NationalPensionMonths);
        Assert.Equal(s.Summary.EligibilityMonths, m.TotalMonths);
    }

    [Fact]
    public void TotalsThePremiumsPaid()
    {
        var person = Person(D(1986, 4, 2));
        var period = Period(D(2020, 4, 1), D(2021, 1, 1)); // left on 31 December
        period.Bonuses.Add(new BonusPayment(period.Id, D(2020, 12, 10), 600_000));
        var record = new RecordBuilder()
            .Add(M(2019, 4), M(2020, 3), MonthStatus.Paid, premiumDue: 16_410, paid: true, additional: true)
            .Add(M(2020, 4), M(2020, 12), MonthStatus.EmployeesPension, pay: 300_000, periodId: period.Id);
        var s = AnnualStatement.Build(person, record.Months, [period], D(2021, 1, 20));

        Assert.Equal(12 * (16_410 + 400), s.PremiumsPaid.NationalPension);
        Assert.Equal(9 * 27_450 + 54_900, s.PremiumsPaid.EmployeesPensionEmployeeShare); // 18.3% ÷ 2
        Assert.False(s.PremiumsPaid.EmployeesPensionIsPartial);
        Assert.Equal(600_000, s.RecentMonths.Single(r => r.Month == M(2020, 12)).StandardBonus);
    }

    [Fact]
    public void SaysTheEmployeesPensionPremiumIsPartialWhenNoRateCoversAMonth()
    {
        var person = Person(D(1970, 4, 2));
        var record = new RecordBuilder().Add(M(2002, 1), M(2003, 6), MonthStatus.EmployeesPension, pay: 300_000);
        var s = AnnualStatement.Build(person, record.Months, [], D(2003, 7, 10));
        Assert.Equal(15, s.PremiumsPaid.EmployeesPensionMonthsNotIncluded); // before April 2003
        Assert.True(s.PremiumsPaid.EmployeesPensionIsPartial);
        Assert.Equal(3 * 20_370, s.PremiumsPaid.EmployeesPensionEmployeeShare); // 13.58% ÷ 2 of 300,000
    }
}
