using Portal.Domain.Records;
using static Portal.Tests.Records.RecordBuilder;

namespace Portal.Tests.Records;

public sealed class RecordSummary_Calculate
{
    private static readonly DateOnly Born1980 = D(1980, 4, 2); // 20 in April 2000

    /// <summary>A contiguous record from April 2000 to December 2026 that uses every status (321 months).</summary>
    private static RecordBuilder EveryStatus() => new RecordBuilder()
        .Add(M(2000, 4), M(2000, 6), MonthStatus.StudentDeferral)
        .Add(M(2000, 7), M(2000, 9), MonthStatus.Unpaid, premiumDue: 13_300)
        .Add(M(2000, 10), M(2000, 12), MonthStatus.NotEnrolled)
        .Add(M(2001, 1), M(2001, 3), MonthStatus.Paid, premiumDue: 13_300, paid: true, additional: true)
        .Add(M(2001, 4), M(2001, 12), MonthStatus.Paid, premiumDue: 13_300, paid: true)
        .Add(M(2002, 1), M(2003, 12), MonthStatus.EmployeesPension, pay: 240_000)   // 15 before April 2003, 9 from
        .Add(M(2004, 1), M(2004, 6), MonthStatus.Category3)
        .Add(M(2004, 7), M(2004, 12), MonthStatus.FullExemption)
        .Add(M(2005, 1), M(2005, 6), MonthStatus.StatutoryExemption)
        .Add(M(2005, 7), M(2005, 12), MonthStatus.ThreeQuarterExemption)
        .Add(M(2006, 1), M(2006, 6), MonthStatus.HalfExemption)
        .Add(M(2006, 7), M(2006, 12), MonthStatus.QuarterExemption)
        .Add(M(2007, 1), M(2009, 3), MonthStatus.Paid, paid: true)
        .Add(M(2009, 4), M(2009, 9), MonthStatus.FullExemption)
        .Add(M(2009, 10), M(2010, 3), MonthStatus.ThreeQuarterExemption)
        .Add(M(2010, 4), M(2010, 9), MonthStatus.HalfExemption)
        .Add(M(2010, 10), M(2011, 3), MonthStatus.QuarterExemption)
        .Add(M(2011, 4), M(2011, 9), MonthStatus.StatutoryExemption)
        .Add(M(2011, 10), M(2011, 12), MonthStatus.PaymentDeferral)
        .Add(M(2012, 1), M(2012, 4), MonthStatus.MaternityExemption)
        .Add(M(2012, 5), M(2026, 9), MonthStatus.EmployeesPension, pay: 300_000)   // 173 months
        .Add(M(2026, 10), M(2026, 12), MonthStatus.ChildcareExemption);

    [Fact]
    public void TotalsARecordWithEveryStatus()
    {
        var s = RecordSummary.Calculate(Born1980, EveryStatus().Months, [], D(2027, 1, 15));

        Assert.Equal(M(2000, 4), s.FirstMonth);
        Assert.Equal(M(2026, 12), s.LastMonth);
        Assert.Equal(249, s.PaidMonths);
        Assert.Equal(39, s.NationalPensionPaidMonths);
        Assert.Equal(6, s.Category3Months);
        Assert.Equal(197, s.EmployeesPensionMonthsAt20To59);
        Assert.Equal(4, s.MaternityMonths);
        Assert.Equal(3, s.ChildcareMonths);
        Assert.Equal(0, s.LatePaidMonths);
        foreach (var status in new[] { MonthStatus.StatutoryExemption, MonthStatus.FullExemption, MonthStatus.ThreeQuarterExemption,
                     MonthStatus.HalfExemption, MonthStatus.QuarterExemption })
            Assert.Equal(new MonthSplit(6, 6), s.ExemptMonths[status]);
        Assert.Equal(new MonthSplit(30, 30), s.ExemptMonthsTotal);
        Assert.Equal(3, s.PaymentDeferralMonths);
        Assert.Equal(3, s.StudentDeferralMonths);
        Assert.Equal(3, s.UnpaidMonths);
        Assert.Equal(3, s.NotEnrolledMonths);
        Assert.Equal(3, s.AdditionalPremiumMonths);
        Assert.Equal(new MonthSplit(15, 182), s.EmployeesPensionMonths);
        Assert.Equal(0, s.EmployeesPensionMonthsOutside20To59);
        // A = 249 paid + before 2009 (6 × (1/3 + 1/3 + 1/2 + 2/3 + 5/6) = 16) + from 2009 (6 × (1/2 + 1/2 + 5/8 + 3/4 + 7/8) = 19.5)
        Assert.Equal(284.5m, s.WeightedMonths);
        Assert.Equal(321 - 3 - 3, s.EligibilityMonths);
        Assert.True(s.Qualifies);
        Assert.Equal(0, s.MonthsStillNeeded);
    }

    [Fact]
    public void CountsCategory3AsPaid()
    {
        var record = new RecordBuilder().Add(M(2010, 4), M(2011, 3), MonthStatus.Category3);
        var s = RecordSummary.Calculate(D(1990, 4, 2), record.Months, [], D(2011, 4, 10));
        Assert.Equal(12, s.PaidMonths);
        Assert.Equal(12, s.Category3Months);
        Assert.Equal(12m, s.WeightedMonths);
        Assert.Equal(12, s.EligibilityMonths);
    }

    [Fact]
    public void WeighsFullExemptionOneThirdBeforeApril2009AndOneHalfFrom()
    {
        var record = new RecordBuilder().Add(M(2009, 3), M(2009, 4), MonthStatus.FullExemption);
        var s = RecordSummary.Calculate(Born1980, record.Months, [], D(2010, 1, 1));
        Assert.Equal(new MonthSplit(1, 1), s.ExemptMonths[MonthStatus.FullExemption]);
        Assert.Equal(20, s.WeightedMonthsIn24ths); // 8/24 + 12/24
        Assert.Equal(5m / 6m, s.WeightedMonths, 20);
    }

    [Fact]
    public void DeferralMonthsQualifyButWeighNothing()
    {
        var record = new RecordBuilder()
            .Add(M(2010, 4), M(2011, 3), MonthStatus.StudentDeferral)
            .Add(M(2011, 4), M(2012, 3), MonthStatus.PaymentDeferral);
        var s = RecordSummary.Calculate(D(1990, 4, 2), record.Months, [], D(2012, 4, 10));
        Assert.Equal(24, s.EligibilityMonths);
        Assert.Equal(0m, s.WeightedMonths);
    }

    [Fact]
    public void CapsWeightedMonthsAt480AndKeepsTheUncappedFigure()
    {
        var record = new RecordBuilder()
            .Add(M(1980, 4), M(2020, 3), MonthStatus.Paid, paid: true)                                         // 480 months at 20–59
            .Add(M(2020, 4), M(2020, 12), MonthStatus.Paid, InsuredCategory.Voluntary, paid: true);           // voluntary at 60
        var s = RecordSummary.Calculate(D(1960, 4, 2), record.Months, [], D(2021, 6, 1));
        Assert.Equal(489m, s.WeightedMonthsUncapped);
        Assert.Equal(480m, s.WeightedMonths);
        Assert.True(s.WeightedMonthsCapped);
    }

    [Theory]
    [InlineData(119, false, 1)]
    [InlineData(120, true, 0)]
    public void NeedsOneHundredAndTwentyQualifyingMonths(int paidMonths, bool qualifies, int stillNeeded)
    {
        var first = M(2010, 4);
        var record = new RecordBuilder()
            .Add(first, first.AddMonths(paidMonths - 1), MonthStatus.Paid, paid: true)
            .Add(first.AddMonths(paidMonths), first.AddMonths(paidMonths + 11), MonthStatus.Unpaid);
        var s = RecordSummary.Calculate(D(1990, 4, 2), record.Months, [], D(2025, 1, 1));
        Assert.Equal(paidMonths, s.EligibilityMonths);
        Assert.Equal(qualifies, s.Qualifies);
        Assert.Equal(stillNeeded, s.MonthsStillNeeded);
    }

    [Fact]
    public void EmployeesPensionMonthsBefore20CountForEligibilityButNotForA()
    {
        // Born 1990-04-02: 20 is reached on 2010-04-01, so April 2010 is the first month at 20.
        var record = new RecordBuilder().Add(M(2008, 4), M(2010, 6), MonthStatus.EmployeesPension, pay: 200_000);
        var s = RecordSummary.Calculate(D(1990, 4, 2), record.Months, [], D(2010, 7, 10));
        Assert.Equal(27, s.EligibilityMonths);
        Assert.Equal(24, s.EmployeesPensionMonthsOutside20To59);
        Assert.Equal(3, s.EmployeesPensionMonthsAt20To59);
        Assert.Equal(3, s.PaidMonths);
        Assert.Equal(3m, s.WeightedMonths);
        Assert.Equal(new MonthSplit(0, 27), s.EmployeesPensionMonths);
    }

    [Fact]
    public void EmployeesPensionMonthsFrom60CountForEligibilityButNotForA()
    {
        // Born 1960-04-02: 60 is reached on 2020-04-01, so March 2020 is the last month at 59.
        var record = new RecordBuilder().Add(M(2020, 1), M(2020, 6), MonthStatus.EmployeesPension, pay: 300_000);
        var s = RecordSummary.Calculate(D(1960, 4, 2), record.Months, [], D(2020, 7, 1));
        Assert.Equal(6, s.EligibilityMonths);
        Assert.Equal(3, s.EmployeesPensionMonthsOutside20To59);
        Assert.Equal(3m, s.WeightedMonths);
    }

    [Fact]
    public void MonthsPaidBackByLatePaymentCountAsPaidWithFullWeight()
    {
        var record = new RecordBuilder()
            .Add(M(2020, 4), M(2020, 9), MonthStatus.StudentDeferral, latePaidOn: D(2024, 5, 1))
            .Add(M(2020, 10), M(2021, 3), MonthStatus.HalfExemption, premiumDue: 8_270, paid: true, latePaidOn: D(2024, 5, 1));
        var s = RecordSummary.Calculate(D(2000, 4, 2), record.Months, [], D(2025, 1, 1));
        Assert.Equal(12, s.LatePaidMonths);
        Assert.Equal(12, s.PaidMonths);
        Assert.Equal(0, s.StudentDeferralMonths);
        Assert.Equal(new MonthSplit(0, 0), s.ExemptMonthsTotal);
        Assert.Equal(12m, s.WeightedMonths);
    }

    [Fact]
    public void LatePaymentAfterTodayDoesNotCountYet()
    {
        var record = new RecordBuilder().Add(M(2020, 4), MonthStatus.FullExemption, latePaidOn: D(2024, 5, 1));
        var s = RecordSummary.Calculate(D(2000, 4, 2), record.Months, [], D(2024, 4, 30));
        Assert.Equal(0, s.LatePaidMonths);
        Assert.Equal(0.5m, s.WeightedMonths);
    }

    [Fact]
    public void AddsEmployeesPensionMonthsFromPeriodsMissingInTheList()
    {
        // Left on 31 March → loss date 1 April → March counts; left on 30 March → loss 31 March → March does not.
        var leftOn31March = Period(D(2020, 4, 1), D(2021, 4, 1));
        var leftOn30March = Period(D(2022, 4, 1), D(2023, 3, 31));
        var record = new RecordBuilder().Add(M(2021, 4), M(2022, 3), MonthStatus.Paid, paid: true);
        var s = RecordSummary.Calculate(D(1990, 4, 2), record.Months, [leftOn31March, leftOn30March], D(2023, 3, 31));
        Assert.Equal(new MonthSplit(0, 12 + 11), s.EmployeesPensionMonths);
        Assert.Equal(12 + 12 + 11, s.EligibilityMonths);
    }

    [Fact]
    public void AStoredMonthWinsOverAPeriod()
    {
        var period = Period(D(2020, 4, 1), null);
        var record = new RecordBuilder().Add(M(2020, 4), MonthStatus.Paid, paid: true);
        var s = RecordSummary.Calculate(D(1990, 4, 2), record.Months, [period], D(2020, 6, 15));
        Assert.Equal(1, s.NationalPensionPaidMonths);
        Assert.Equal(new MonthSplit(0, 2), s.EmployeesPensionMonths); // May and June from the open period
    }

    [Fact]
    public void IgnoresMonthsAfterTheMonthOfToday()
    {
        var record = new RecordBuilder().Add(M(2026, 1), M(2026, 12), MonthStatus.FullExemption);
        var s = RecordSummary.Calculate(D(1990, 4, 2), record.Months, [], D(2026, 6, 30));
        Assert.Equal(6, s.EligibilityMonths);
        Assert.Equal(M(2026, 6), s.LastMonth);
    }

    [Fact]
    public void CountsMonthsMissingAt20To59AsNotEnrolled()
    {
        // Born 1990-04-02: first month at 20 is April 2010; nothing is recorded before April 2011.
        var record = new RecordBuilder()
            .Add(M(2011, 4), M(2011, 6), MonthStatus.Paid, paid: true)
            .Add(M(2011, 8), MonthStatus.Paid, paid: true);
        var s = RecordSummary.Calculate(D(1990, 4, 2), record.Months, [], D(2011, 9, 10));
        Assert.Equal(12 + 1, s.NotEnrolledMonths);
    }

    [Fact]
    public void RefusesTheSameMonthTwice()
    {
        var record = new RecordBuilder().Add(M(2020, 4), MonthStatus.Paid).Add(M(2020, 4), MonthStatus.Unpaid);
        Assert.Throws<ArgumentException>(() => RecordSummary.Calculate(D(1990, 4, 2), record.Months, [], D(2021, 1, 1)));
    }

    [Fact]
    public void AnEmptyRecordNeedsAllOneHundredAndTwentyMonths()
    {
        var s = RecordSummary.Calculate(D(1990, 4, 2), [], [], D(2021, 1, 1));
        Assert.Null(s.FirstMonth);
        Assert.Equal(0, s.NotEnrolledMonths);
        Assert.Equal(120, s.MonthsStillNeeded);
        Assert.False(s.Qualifies);
    }
}
