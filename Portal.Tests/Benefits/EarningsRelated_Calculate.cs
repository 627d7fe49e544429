using Portal.Domain.Benefits;
using Portal.Domain.Common;
using static Portal.Tests.Benefits.BenefitTestData;

namespace Portal.Tests.Benefits;

public sealed class EarningsRelated_Calculate
{
    [Fact]
    public void Vector3_FromTheAverage()
    {
        var result = EarningsRelatedCalculator.FromAverages(0, 0, 400_000, 480, Fy2026);

        Assert.Equal(1_052_352, result.AnnualAmount);
    }

    [Fact]
    public void Vector3_FromTheRecord()
    {
        var record = Record(Born1970, [], Employee(new YearMonth(2003, 4), 480, 400_000));

        var result = EarningsRelatedCalculator.Calculate(record, Fy2026);

        Assert.Equal(480, result.MonthsFrom2003);
        Assert.Equal(400_000m, result.AverageFrom2003);
        Assert.Equal(1_052_352, result.AnnualAmount);
        var line = Assert.Single(result.Lines, l => l.Code == "earnings.from_2003_04");
        Assert.Equal("((192,000,000 + 0) / 480 = 400,000) × 5.481/1000 × 480 = 1,052,352", line.Expression);
        Assert.Equal("multiplier_from_2003_04", Assert.Single(line.Parameters).Code);
    }

    [Fact]
    public void MonthsBeforeApril2003UseMonthlyPayOnlyAndTheOlderMultiplier()
    {
        // 240 months to March 2003 at 300,000 (a bonus in 2002 is ignored), then 120 months at 300,000 with 1,200,000 of
        // bonuses a year: 300,000 × 7.125/1000 × 240 = 513,000; (36,000,000 + 12,000,000) × 5.481/1000 = 263,088.
        var bonuses = new List<StandardBonus> { new(new DateOnly(2002, 12, 10), 900_000) };
        for (var year = 2003; year < 2013; year++)
        {
            bonuses.Add(new StandardBonus(new DateOnly(year, 7, 10), 600_000));
            bonuses.Add(new StandardBonus(new DateOnly(year, 12, 10), 600_000));
        }
        var record = Record(Born1970, [],
            Employee(new YearMonth(1983, 4), 240, 300_000).Concat(Employee(new YearMonth(2003, 4), 120, 300_000)), bonuses);

        var result = EarningsRelatedCalculator.Calculate(record, Fy2026);

        Assert.Equal(240, result.MonthsBefore2003);
        Assert.Equal(513_000m, result.TermBefore2003);
        Assert.Equal(12_000_000m, result.BonusesFrom2003);
        Assert.Equal(400_000m, result.AverageFrom2003);
        Assert.Equal(263_088m, result.TermFrom2003);
        Assert.Equal(776_088, result.AnnualAmount);
        Assert.Equal("(72,000,000 / 240 = 300,000) × 7.125/1000 × 240 = 513,000",
            Assert.Single(result.Lines, l => l.Code == "earnings.before_2003_04").Expression);
        Assert.Equal("513,000 + 263,088 = 776,088 → 776,088", Assert.Single(result.Lines, l => l.Code == "earnings.amount").Expression);
    }

    [Fact]
    public void HasNo480Cap()
    {
        var record = Record(Born1970, [], Employee(new YearMonth(2003, 4), 600, 100_000));

        Assert.Equal(328_860, EarningsRelatedCalculator.Calculate(record, Fy2026).AnnualAmount); // 60,000,000 × 5.481/1000
    }

    [Fact]
    public void RoundsTheYearlyAmountToTheNearestYenWithHalvesUp()
    {
        // 500,000 × 5.481/1000 = 2,740.5 → 2,741; 98,000 × 5.481/1000 = 537.138 → 537.
        Assert.Equal(2_741, EarningsRelatedCalculator.Calculate(Record(Born1970, [], Employee(new YearMonth(2010, 4), 1, 500_000)), Fy2026).AnnualAmount);
        Assert.Equal(537, EarningsRelatedCalculator.Calculate(Record(Born1970, [], Employee(new YearMonth(2010, 4), 1, 98_000)), Fy2026).AnnualAmount);
    }

    [Fact]
    public void AnAverageThatIsNotWholeIsShownApproximately()
    {
        var record = Record(Born1970, [], Employee(new YearMonth(2010, 4), 2, 100_000).Concat(Employee(new YearMonth(2010, 6), 1, 100_001)));

        var result = EarningsRelatedCalculator.Calculate(record, Fy2026);

        Assert.Contains("≈ 100,000.3333", Assert.Single(result.Lines, l => l.Code == "earnings.from_2003_04").Expression);
        Assert.Equal(1_644, result.AnnualAmount); // 300,001 × 5.481/1000 = 1,644.305…
    }

    [Fact]
    public void NoMonthsNoAmount()
    {
        var result = EarningsRelatedCalculator.Calculate(FullyPaid1970(), Fy2026);

        Assert.Equal(0, result.AnnualAmount);
        Assert.Equal(3, result.Lines.Count);
    }
}

public sealed class ClaimFactor_Calculate
{
    [Theory]
    [InlineData(60, "0.760")]
    [InlineData(61, "0.808")]
    [InlineData(62, "0.856")]
    [InlineData(63, "0.904")]
    [InlineData(64, "0.952")]
    [InlineData(65, "1.000")]
    [InlineData(66, "1.084")]
    [InlineData(67, "1.168")]
    [InlineData(68, "1.252")]
    [InlineData(69, "1.336")]
    [InlineData(70, "1.420")]
    [InlineData(71, "1.504")]
    [InlineData(72, "1.588")]
    [InlineData(73, "1.672")]
    [InlineData(74, "1.756")]
    [InlineData(75, "1.840")]
    public void ReproducesTheTableForABirthIn1970(int age, string expected)
    {
        var result = ClaimFactorCalculator.Calculate(Born1970, PensionAge.AtYears(age));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value.Factor);
        Assert.EndsWith(expected, result.Value.Line.Expression);
    }

    [Fact]
    public void EarlyReductionIsHalfAPercentBeforeApril1962()
    {
        var older = ClaimFactorCalculator.Calculate(new DateOnly(1962, 4, 1), PensionAge.EarliestClaim).Value;
        var newer = ClaimFactorCalculator.Calculate(new DateOnly(1962, 4, 2), PensionAge.EarliestClaim).Value;

        Assert.Equal(0.700m, older.Factor);
        Assert.Equal("1 − 0.5% × 60 = 0.700", older.Line.Expression);
        Assert.Equal(0.760m, newer.Factor);
        Assert.Equal("1 − 0.4% × 60 = 0.760", newer.Line.Expression);
    }

    [Fact]
    public void CountsEarlyMonths()
    {
        Assert.Equal(0.764m, ClaimFactorCalculator.Calculate(Born1970, new PensionAge(60, 1)).Value.Factor);
        Assert.Equal(0.996m, ClaimFactorCalculator.Calculate(Born1970, new PensionAge(64, 11)).Value.Factor);
        Assert.Equal(1.091m, ClaimFactorCalculator.Calculate(Born1970, new PensionAge(66, 1)).Value.Factor);
    }

    [Theory]
    [InlineData(70, "1.420", false)]
    [InlineData(72, "1.420", true)]
    [InlineData(75, "1.420", true)]
    [InlineData(64, "0.940", false)]
    public void ForABirthIn1950TheIncreaseStopsAt70(int age, string expected, bool capped)
    {
        var result = ClaimFactorCalculator.Calculate(new DateOnly(1950, 5, 20), PensionAge.AtYears(age)).Value;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Factor);
        Assert.Equal(capped, result.IncreaseCapped);
        if (capped) Assert.Contains("min(", result.Line.Expression);
    }

    [Fact]
    public void TheCapIs120MonthsFromApril1952()
    {
        Assert.Equal(1.420m, ClaimFactorCalculator.Calculate(new DateOnly(1952, 4, 1), PensionAge.AtYears(72)).Value.Factor);
        Assert.Equal(1.588m, ClaimFactorCalculator.Calculate(new DateOnly(1952, 4, 2), PensionAge.AtYears(72)).Value.Factor);
    }

    [Theory]
    [InlineData(65, 1)]
    [InlineData(65, 6)]
    [InlineData(65, 11)]
    [InlineData(59, 11)]
    [InlineData(75, 1)]
    [InlineData(76, 0)]
    [InlineData(64, 12)]
    [InlineData(64, -1)]
    public void RefusesAgesThatCannotBeChosen(int years, int months)
    {
        var result = ClaimFactorCalculator.Calculate(Born1970, new PensionAge(years, months));

        Assert.False(result.IsSuccess);
        Assert.Equal("start_age_not_allowed", result.Error!.Code);
        Assert.Equal("Benefits.Error.StartAgeNotAllowed", result.Error.MessageKey);
    }

    [Fact]
    public void AppliesTheFactorRoundingToTheYen()
    {
        var factor = ClaimFactorCalculator.Calculate(Born1970, PensionAge.AtYears(70)).Value;

        Assert.Equal(1_127_968, factor.Apply(794_344)); // 1,127,968.48
        Assert.Equal("794,344 × 1.420 = 1,127,968.48 → 1,127,968", factor.ApplyLine("basic.adjusted", 794_344).Expression);
    }
}

public sealed class InWorkSuspension_Calculate
{
    [Fact]
    public void Vector4_Fy2025()
    {
        var result = InWorkSuspensionCalculator.FromMonthlyAmounts(120_000, 500_000, Fy2025);

        Assert.Equal(55_000, result.SuspendedPerMonth);
        Assert.Equal("min((120,000 + 500,000 − 510,000) / 2, 120,000) = 55,000 → 55,000",
            Assert.Single(result.Lines).Expression);
        Assert.Equal(2025, Assert.Single(Assert.Single(result.Lines).Parameters).FiscalYear);
    }

    [Fact]
    public void Vector5_Fy2026SamePersonNothingSuspended()
    {
        var result = InWorkSuspensionCalculator.FromMonthlyAmounts(120_000, 500_000, Fy2026);

        Assert.Equal(0, result.SuspendedPerMonth);
        Assert.Equal("120,000 + 500,000 = 620,000 ≤ 650,000 → 0", Assert.Single(result.Lines).Expression);
    }

    [Fact]
    public void Vector6_Fy2026()
    {
        Assert.Equal(25_000, InWorkSuspensionCalculator.FromMonthlyAmounts(150_000, 550_000, Fy2026).SuspendedPerMonth);
    }

    [Fact]
    public void FromTheYearlyAmountAndTheWork()
    {
        // 基本月額 1,440,000 / 12 = 120,000; 総報酬 380,000 + 1,440,000 / 12 = 500,000.
        var result = InWorkSuspensionCalculator.Calculate(1_440_000, new CurrentWork(380_000, 1_440_000), Fy2025);

        Assert.Equal(120_000m, result.BasicMonthlyAmount);
        Assert.Equal(500_000m, result.TotalRemunerationMonthly);
        Assert.Equal(55_000, result.SuspendedPerMonth);
        Assert.Equal(660_000, result.SuspendedPerYear);
        Assert.Equal(["suspension.basic_monthly", "suspension.total_remuneration", "suspension.amount"], result.Lines.Select(l => l.Code));
        Assert.Equal("380,000 + 1,440,000 / 12 = 500,000", result.Lines[1].Expression);
    }

    [Fact]
    public void TheSuspensionIsCappedAtTheBasicMonthlyAmount()
    {
        var result = InWorkSuspensionCalculator.FromMonthlyAmounts(50_000, 1_000_000, Fy2026);

        Assert.Equal(50_000, result.SuspendedPerMonth);
        Assert.True(result.FullySuspended);
    }
}
