using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;
using static Portal.Tests.Benefits.BenefitTestData;

namespace Portal.Tests.Benefits;

public sealed class BasicPension_Calculate
{
    private static readonly YearMonth Now = YearMonth.From(Today);

    private static BasicPensionResult Calc(ContributionRecord record, BenefitParameterSet? p = null) =>
        BasicPensionCalculator.Calculate(record, p ?? Fy2026, Now);

    [Fact]
    public void Vector1_FullyPaidGetsTheFullAmount()
    {
        var result = Calc(FullyPaid1970());

        Assert.True(result.IsEligible);
        Assert.Equal(480, result.QualifyingMonths);
        Assert.Equal(480m, result.WeightedMonths.Value);
        Assert.Equal(847_300, result.AnnualAmount);
        Assert.Contains(result.Lines, l => l.Code == "basic.amount" && l.Expression == "847,300 × 480 / 480 = 847,300 → 847,300");
        Assert.Equal("480", Assert.Single(result.Lines, l => l.Code == "basic.weighted_months").Expression);
        Assert.Equal("480 ≥ 120", Assert.Single(result.Lines, l => l.Code == "basic.qualifying_months").Expression);
    }

    [Fact]
    public void Vector2_ExemptMonthsFromApril2009AreWeighted()
    {
        var born = new DateOnly(1980, 4, 10); // reaches 20 in April 2000, 60 in April 2040
        var record = Record(born, Sequence(new YearMonth(2000, 4),
            (108, MonthStatus.Paid), (40, MonthStatus.FullExemption), (40, MonthStatus.HalfExemption), (292, MonthStatus.Paid)));

        var result = Calc(record);

        Assert.Equal(450m, result.WeightedMonths.Value);
        Assert.Equal(794_344, result.AnnualAmount);
        var weighted = Assert.Single(result.Lines, l => l.Code == "basic.weighted_months");
        Assert.Equal("400 + 40 × 1/2 + 40 × 3/4 = 450", weighted.Expression);
        var amount = Assert.Single(result.Lines, l => l.Code == "basic.amount");
        Assert.Equal("847,300 × 450 / 480 = 794,343.75 → 794,344", amount.Expression);
        Assert.Equal(794_344m, amount.Result);
        Assert.Equal("full_basic_pension", Assert.Single(amount.Parameters).Code);
        Assert.Equal(2026, amount.Parameters[0].FiscalYear);
    }

    [Theory]
    [InlineData(MonthStatus.StatutoryExemption, 8, 12)]
    [InlineData(MonthStatus.FullExemption, 8, 12)]
    [InlineData(MonthStatus.ThreeQuarterExemption, 12, 15)]
    [InlineData(MonthStatus.HalfExemption, 16, 18)]
    [InlineData(MonthStatus.QuarterExemption, 20, 21)]
    public void ExemptionWeightsDependOnTheSideOfApril2009(MonthStatus status, int weightedBefore, int weightedFrom)
    {
        // 24 exempt months either side of April 2009, plus 120 paid months: 1/3 vs 1/2, 1/2 vs 5/8, 2/3 vs 3/4, 5/6 vs 7/8.
        var paid = Months(new YearMonth(1990, 6), 120, MonthStatus.Paid);
        var before = Calc(Record(Born1970, paid.Concat(Months(new YearMonth(2007, 3), 24, status))));
        var from = Calc(Record(Born1970, paid.Concat(Months(new YearMonth(2009, 4), 24, status))));

        Assert.Equal(120m + weightedBefore, before.WeightedMonths.Value);
        Assert.Equal(120m + weightedFrom, from.WeightedMonths.Value);
        Assert.Equal(144, before.QualifyingMonths);
    }

    [Fact]
    public void MarchAndApril2009FallOnDifferentSides()
    {
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 120, MonthStatus.Paid)
            .Concat(Months(new YearMonth(2009, 3), 2, MonthStatus.FullExemption)));

        var result = Calc(record);

        Assert.Equal("120 5/6", result.WeightedMonths.ToString()); // 1/3 + 1/2
        Assert.Equal("120 + 1 × 1/2 + 1 × 1/3 = 120 5/6", Assert.Single(result.Lines, l => l.Code == "basic.weighted_months").Expression);
    }

    [Fact]
    public void ThirdsAreExact()
    {
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 120, MonthStatus.Paid)
            .Append(new NationalPensionMonth(new YearMonth(2005, 4), MonthStatus.FullExemption)));

        var result = Calc(record);

        Assert.Equal(2_888L, result.WeightedMonths.TwentyFourths); // 120 1/3 × 24
        Assert.Equal("120 1/3", result.WeightedMonths.ToString());
        // 847,300 × 361/3 / 480 = 212,413.40…
        Assert.Equal(212_413, result.AnnualAmount);
    }

    [Fact]
    public void WeightedMonthsAreCappedAt480()
    {
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 500, MonthStatus.Paid)); // 20 voluntary months at 60–61

        var result = Calc(record);

        Assert.Equal(500, result.QualifyingMonths);
        Assert.Equal(500m, result.WeightedMonthsUncapped.Value);
        Assert.Equal(480m, result.WeightedMonths.Value);
        Assert.Equal(847_300, result.AnnualAmount);
        Assert.EndsWith("= 500 → capped at 480", Assert.Single(result.Lines, l => l.Code == "basic.weighted_months").Expression);
    }

    [Fact]
    public void OneHundredNineteenMonthsGiveNothingAndSayWhatIsMissing()
    {
        var result = Calc(Record(Born1970, Months(new YearMonth(1990, 6), 119, MonthStatus.Paid)));

        Assert.False(result.IsEligible);
        Assert.Equal(0, result.AnnualAmount);
        Assert.Equal(1, result.MonthsMissing);
        var remedy = Assert.Single(result.Remedies);
        Assert.Equal(("voluntary_enrolment", "Benefits.Remedy.VoluntaryEnrolment", 1), (remedy.Code, remedy.MessageKey, remedy.Months));
        Assert.Equal("119 < 120; 120 − 119 = 1", Assert.Single(result.Lines, l => l.Code == "basic.qualifying_months").Expression);
        Assert.Equal("119 < 120 → 0", Assert.Single(result.Lines, l => l.Code == "basic.amount").Expression);
    }

    [Fact]
    public void OneHundredTwentyMonthsAreEnough()
    {
        var result = Calc(Record(Born1970, Months(new YearMonth(1990, 6), 120, MonthStatus.Paid)));

        Assert.True(result.IsEligible);
        Assert.Equal(0, result.MonthsMissing);
        Assert.Empty(result.Remedies);
        Assert.Equal(211_825, result.AnnualAmount); // 847,300 × 120 / 480
    }

    [Fact]
    public void UnpaidMonthsStillPayableAreOfferedAsLatePayment()
    {
        // 100 paid; unpaid 2025-06..2026-05 and 2024-04..2024-07. A month's premium is payable to the end of the month
        // 25 months later, so in June 2026 the last 12 and 2024-05..2024-07 are still payable; April 2024 is time-barred.
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 100, MonthStatus.Paid)
            .Concat(Months(new YearMonth(2025, 6), 12, MonthStatus.Unpaid))
            .Concat(Months(new YearMonth(2024, 4), 4, MonthStatus.Unpaid)));

        var result = Calc(record);

        Assert.Equal(100, result.QualifyingMonths);
        Assert.Equal(20, result.MonthsMissing);
        var late = Assert.Single(result.Remedies, r => r.Code == "late_payment");
        Assert.Equal("Benefits.Remedy.LatePayment", late.MessageKey);
        Assert.Equal(12 + 3, late.Months);
    }

    [Fact]
    public void DeferralMonthsCountForEligibilityButAddNothingUnlessLatePaid()
    {
        var paid = Months(new YearMonth(1990, 6), 100, MonthStatus.Paid).ToList();
        var deferred = Calc(Record(Born1970, paid.Concat(Months(new YearMonth(2000, 4), 20, MonthStatus.StudentDeferral))));
        var latePaid = Calc(Record(Born1970, paid.Concat(Months(new YearMonth(2000, 4), 20, MonthStatus.PaymentDeferral, latePaid: true))));

        Assert.True(deferred.IsEligible);
        Assert.Equal(100m, deferred.WeightedMonths.Value);
        Assert.Equal("100 + 20 × 0 = 100", Assert.Single(deferred.Lines, l => l.Code == "basic.weighted_months").Expression);
        Assert.Equal(120m, latePaid.WeightedMonths.Value);
        Assert.Equal(211_825, latePaid.AnnualAmount);
    }

    [Fact]
    public void ALatePaidExemptMonthCountsAsPaid()
    {
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 120, MonthStatus.Paid)
            .Concat(Months(new YearMonth(2015, 4), 24, MonthStatus.FullExemption, latePaid: true)));

        Assert.Equal(144m, Calc(record).WeightedMonths.Value);
    }

    [Theory]
    [InlineData(MonthStatus.Category3)]
    [InlineData(MonthStatus.MaternityExemption)]
    [InlineData(MonthStatus.ChildcareExemption)]
    public void MonthsThatCountAsPaid(MonthStatus status)
    {
        var result = Calc(Record(Born1970, Months(new YearMonth(1990, 6), 120, status)));

        Assert.Equal(120m, result.WeightedMonths.Value);
        Assert.Equal(211_825, result.AnnualAmount);
    }

    [Theory]
    [InlineData(MonthStatus.Unpaid)]
    [InlineData(MonthStatus.NotEnrolled)]
    public void UnpaidAndNotEnrolledMonthsDoNotCount(MonthStatus status)
    {
        var result = Calc(Record(Born1970, Months(new YearMonth(1990, 6), 119, MonthStatus.Paid)
            .Concat(Months(new YearMonth(2005, 1), 10, status))));

        Assert.Equal(119, result.QualifyingMonths);
        Assert.Equal(119m, result.WeightedMonths.Value);
    }

    [Fact]
    public void EmployeesPensionMonthsOutside20To59CountForEligibilityOnly()
    {
        // 100 paid months, 10 employee months at 18–19 and 10 at 62: 120 qualifying, A = 100.
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 100, MonthStatus.Paid),
            Employee(new YearMonth(1988, 8), 10, 200_000).Concat(Employee(new YearMonth(2032, 8), 10, 300_000)));

        var result = Calc(record);

        Assert.True(result.IsEligible);
        Assert.Equal(120, result.QualifyingMonths);
        Assert.Equal(100m, result.WeightedMonths.Value);
        Assert.Equal(20, Assert.Single(result.Groups, g => g.Code == "employees_pension_outside_20_59").Months);
        Assert.Equal(176_521, result.AnnualAmount); // 847,300 × 100 / 480 = 176,520.83
    }

    [Fact]
    public void EmployeesPensionMonthsAt20To59CountAsPaidEvenWhenOnlyOnTheEmployeesSide()
    {
        var result = Calc(EmployeeCareer1970());

        Assert.Equal(480, result.QualifyingMonths);
        Assert.Equal(847_300, result.AnnualAmount);
    }

    [Fact]
    public void TheOlderCohortGetsItsOwnFullAmount()
    {
        var born = new DateOnly(1956, 4, 1);
        var result = Calc(Record(born, Months(new YearMonth(1976, 3), 480, MonthStatus.Paid)));

        Assert.Equal(844_900, result.AnnualAmount);
        Assert.Equal("full_basic_pension_older_cohort", result.FullAmount.Code);
    }

    [Fact]
    public void HalvesRoundAwayFromZero()
    {
        // FY2025: 831,700 × 12 / 480 = 20,792.5 → 20,793 (banker's rounding would give 20,792).
        // 12 paid months and 120 student-deferral months: eligible, A = 12.
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 12, MonthStatus.Paid)
            .Concat(Months(new YearMonth(1991, 6), 120, MonthStatus.StudentDeferral)));

        var result = Calc(record, Fy2025);

        Assert.Equal(20_793, result.AnnualAmount);
    }
}

public sealed class AdditionalPension_Calculate
{
    [Fact]
    public void PaysTwoHundredYenPerMonthOfAdditionalPremium()
    {
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 444, MonthStatus.Paid)
            .Concat(Months(new YearMonth(2027, 6), 36, MonthStatus.Paid, additionalPremium: true)));

        var result = AdditionalPensionCalculator.Calculate(record, Fy2026, basicPensionEligible: true);

        Assert.Equal(36, result.Months);
        Assert.Equal(7_200, result.AnnualAmount);
        Assert.Equal("200 × 36 = 7,200", result.Line.Expression);
        Assert.Equal("additional_pension_per_month", Assert.Single(result.Line.Parameters).Code);
    }

    [Fact]
    public void NothingWithoutTheBasicPension()
    {
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 36, MonthStatus.Paid, additionalPremium: true));

        Assert.Equal(0, AdditionalPensionCalculator.Calculate(record, Fy2026, basicPensionEligible: false).AnnualAmount);
    }
}
