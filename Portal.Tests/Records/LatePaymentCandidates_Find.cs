using Portal.Domain.Records;
using static Portal.Tests.Records.RecordBuilder;

namespace Portal.Tests.Records;

public sealed class LatePaymentCandidates_Find
{
    private const long FullPensionFy2026 = 847_300;

    [Fact]
    public void OnePostApril2009FullExemptionMonthAddsAbout883YenAYear()
    {
        var record = new RecordBuilder().Add(M(2024, 5), MonthStatus.FullExemption);
        var c = Assert.Single(LatePaymentCandidates.Find(record.Months, D(2026, 5, 10), FullPensionFy2026));
        Assert.Equal(883, c.EstimatedYearlyIncrease); // 847,300 × ½ / 480 = 882.6
        Assert.Equal(16_980, c.BasePremium);
        Assert.Equal(16_980, c.Premium);
        Assert.False(c.SurchargeApplies);
        Assert.Equal(0, c.Surcharge);
        Assert.Equal(16_980, c.Total);
        Assert.Equal(M(2034, 5), c.LastPayableMonth);
        Assert.Equal(D(2034, 5, 31), c.LastPayableDate);
    }

    [Fact]
    public void AMonthCanBePaidBackUntilTheEndOfTheMonthTenYearsLater()
    {
        var record = new RecordBuilder().Add(M(2016, 4), MonthStatus.FullExemption);

        var last = Assert.Single(LatePaymentCandidates.Find(record.Months, D(2026, 4, 30), FullPensionFy2026));
        Assert.Equal(M(2026, 4), last.LastPayableMonth);
        Assert.Equal(0, last.MonthsLeft);
        Assert.True(last.NearLimit);

        Assert.Empty(LatePaymentCandidates.Find(record.Months, D(2026, 5, 1), FullPensionFy2026));
    }

    [Fact]
    public void TheMonthOfTodayIsNotYetACandidate()
    {
        var record = new RecordBuilder().Add(M(2026, 3), M(2026, 4), MonthStatus.StudentDeferral);
        var c = Assert.Single(LatePaymentCandidates.Find(record.Months, D(2026, 4, 15), FullPensionFy2026));
        Assert.Equal(M(2026, 3), c.Month);
    }

    [Fact]
    public void ChargesTheSurchargeFromTheThirdFiscalYear()
    {
        var record = new RecordBuilder().Add(M(2023, 6), MonthStatus.FullExemption);

        var free = Assert.Single(LatePaymentCandidates.Find(record.Months, D(2026, 3, 31), FullPensionFy2026));
        Assert.False(free.SurchargeApplies);
        Assert.Equal(0, free.Surcharge);
        Assert.Equal(16_520, free.Total);
        Assert.Equal(D(2026, 3, 31), free.SurchargeFreeUntil);

        var charged = Assert.Single(LatePaymentCandidates.Find(record.Months, D(2026, 4, 1), FullPensionFy2026));
        Assert.True(charged.SurchargeApplies);
        Assert.Equal(20, charged.Surcharge);
        Assert.Equal(16_520 + 20, charged.Total);
        Assert.True(charged.Verify);
    }

    [Fact]
    public void PaysBackOnlyTheExemptShareOfAPartialExemption()
    {
        var record = new RecordBuilder()
            .Add(M(2026, 4), MonthStatus.FullExemption)
            .Add(M(2026, 5), MonthStatus.ThreeQuarterExemption, premiumDue: 4_480, paid: true)
            .Add(M(2026, 6), MonthStatus.HalfExemption, premiumDue: 8_960, paid: true)
            .Add(M(2026, 7), MonthStatus.QuarterExemption, premiumDue: 13_440, paid: true)
            .Add(M(2026, 8), MonthStatus.PaymentDeferral)
            .Add(M(2026, 9), MonthStatus.StudentDeferral)
            .Add(M(2026, 10), MonthStatus.StatutoryExemption);
        var found = LatePaymentCandidates.Find(record.Months, D(2026, 12, 1), FullPensionFy2026);

        Assert.Equal([17_920L, 13_440, 8_960, 4_480, 17_920, 17_920, 17_920], found.Select(c => c.Premium!.Value));
        Assert.Equal([1m, 0.75m, 0.5m, 0.25m, 1m, 1m, 1m], found.Select(c => c.ExemptShare));
        // 847,300 × (1 − weight) / 480: ½ → 883, 3/8 → 662, ¼ → 441, 1/8 → 221, deferral 1 → 1,765.
        Assert.Equal([883L, 662, 441, 221, 1_765, 1_765, 883], found.Select(c => c.EstimatedYearlyIncrease));
    }

    [Fact]
    public void ListsOnlyExemptOrDeferredMonthsNotYetPaidBackOldestFirst()
    {
        var record = new RecordBuilder()
            .Add(M(2022, 4), MonthStatus.Unpaid)
            .Add(M(2022, 1), MonthStatus.MaternityExemption)
            .Add(M(2021, 4), MonthStatus.FullExemption, latePaidOn: D(2023, 1, 10))
            .Add(M(2021, 5), MonthStatus.Paid, paid: true)
            .Add(M(2022, 6), MonthStatus.HalfExemption, premiumDue: 8_300, paid: true)
            .Add(M(2020, 7), MonthStatus.StudentDeferral);
        var found = LatePaymentCandidates.Find(record.Months, D(2026, 5, 10), FullPensionFy2026);
        Assert.Equal([M(2020, 7), M(2022, 6)], found.Select(c => c.Month));
    }

    [Fact]
    public void EstimatesFromTheWeightOfTheMonthsSideOfApril2009()
    {
        Assert.Equal(1_177, LatePaymentCandidates.EstimatedYearlyIncrease(FullPensionFy2026, 8));  // 2/3 of 1/480
        Assert.Equal(883, LatePaymentCandidates.EstimatedYearlyIncrease(FullPensionFy2026, 12));
        Assert.Equal(866, LatePaymentCandidates.EstimatedYearlyIncrease(831_700, 12));            // FY2025: 866.35
    }

    [Fact]
    public void LeavesAmountsEmptyWhenThePremiumDataHasNoRow()
    {
        var record = new RecordBuilder().Add(M(2024, 5), MonthStatus.FullExemption);
        var c = Assert.Single(LatePaymentCandidates.Find(record.Months, D(2026, 5, 10), FullPensionFy2026, new PremiumSchedule([], [])));
        Assert.Null(c.Premium);
        Assert.Null(c.Total);
        Assert.True(c.Verify);
        Assert.Equal(883, c.EstimatedYearlyIncrease);
    }
}
