using Portal.Domain.Records;
using static Portal.Tests.Records.RecordBuilder;

namespace Portal.Tests.Records;

public sealed class PremiumSchedule_Lookup
{
    private static readonly PremiumSchedule Schedule = PremiumSchedule.Default;

    [Fact]
    public void FindsThePremiumOfTheMonthsFiscalYear()
    {
        Assert.Equal(17_510, Schedule.MonthlyPremium(M(2025, 4)));
        Assert.Equal(17_510, Schedule.MonthlyPremium(M(2026, 3)));
        Assert.Equal(17_920, Schedule.MonthlyPremium(M(2026, 4)));
        Assert.Equal(16_260, Schedule.MonthlyPremium(M(2016, 5)));
        Assert.Null(Schedule.MonthlyPremium(M(2015, 3)));
    }

    [Fact]
    public void FlagsTheFiguresToVerify()
    {
        Assert.False(Schedule.PremiumFor(M(2025, 4))!.Verify);
        Assert.True(Schedule.PremiumFor(M(2026, 4))!.Verify);
        Assert.True(Schedule.PremiumFor(M(2020, 4))!.Verify);
        Assert.All(Schedule.Surcharges, s => Assert.True(s.Verify));
        Assert.All(Schedule.Premiums, p => Assert.False(string.IsNullOrWhiteSpace(p.Rule)));
    }

    [Fact]
    public void ChargesNoSurchargeInTheTwoFiscalYearsAfterTheMonthsFiscalYear()
    {
        // FY2023 months: free until March 2026, charged from April 2026 (DOMAIN.md §4.4).
        foreach (var month in new[] { M(2023, 4), M(2024, 3) })
        {
            Assert.Equal(D(2026, 3, 31), PremiumSchedule.SurchargeFreeUntil(month));
            Assert.False(PremiumSchedule.SurchargeApplies(month, 2023));
            Assert.False(PremiumSchedule.SurchargeApplies(month, 2025));
            Assert.True(PremiumSchedule.SurchargeApplies(month, 2026));
            Assert.Equal(0, Schedule.SurchargePerMonth(month, 2025));
            Assert.Equal(20, Schedule.SurchargePerMonth(month, 2026));
        }
    }

    [Fact]
    public void ASurchargeWithoutATableRowHasNoAmount()
    {
        Assert.True(PremiumSchedule.SurchargeApplies(M(2023, 4), 2027));
        Assert.Null(Schedule.SurchargePerMonth(M(2023, 4), 2027));
    }

    [Theory]
    [InlineData(1.0, 17_920)]
    [InlineData(0.75, 13_440)]
    [InlineData(0.5, 8_960)]
    [InlineData(0.25, 4_480)]
    public void LatePaymentPaysTheExemptShare(double share, long expected)
    {
        Assert.Equal(expected, PremiumSchedule.LatePaymentPremium(17_920, (decimal)share));
    }

    [Fact]
    public void LatePaymentAndTheRemainderPaidAddUpToTheFullPremium()
    {
        // ¾ exemption in FY2024: remainder 16,980 / 4 = 4,245 → 4,250 (10-yen units), paid back 12,730.
        Assert.Equal(12_730, PremiumSchedule.LatePaymentPremium(16_980, 0.75m));
        Assert.Equal(16_980 - 12_740, PremiumSchedule.LatePaymentPremium(16_980, 0.25m));
    }

    [Fact]
    public void RefusesOverlappingPremiumRows()
    {
        PremiumRate[] rows =
        [
            new(D(2025, 4, 1), D(2026, 3, 31), 17_510, "test", false),
            new(D(2026, 3, 1), D(2027, 3, 31), 17_920, "test", false),
        ];
        Assert.Throws<ArgumentException>(() => new PremiumSchedule(rows, []));
    }
}
