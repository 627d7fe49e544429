using Portal.Domain.Benefits;

namespace Portal.Tests.Benefits;

public sealed class BenefitParameterCatalogue_ForFiscalYear
{
    [Theory]
    [InlineData(2025, 831_700, 829_300, 17_510, 510_000, 239_300, 79_800, 176_600)]
    [InlineData(2026, 847_300, 844_900, 17_920, 650_000, 243_800, 81_300, 179_900)]
    public void HoldsTheFiguresOfTheYear(int fy, long full, long fullOlder, long premium, long threshold, long dependant, long third, long special)
    {
        var p = BenefitParameterCatalogue.ForFiscalYear(fy).Value;

        Assert.Equal(fy, p.FiscalYear);
        Assert.Equal(full, p.FullBasicPension.Yen);
        Assert.Equal(fullOlder, p.FullBasicPensionOlderCohort.Yen);
        Assert.Equal(premium, p.NationalPensionPremium.Yen);
        Assert.Equal(400, p.AdditionalPremium.Yen);
        Assert.Equal(200, p.AdditionalPensionPerMonth.Yen);
        Assert.Equal(0.183m, p.EmployeesPensionPremiumRate.Value);
        Assert.Equal(0.007125m, p.MultiplierMonthlyPayEra.Value);
        Assert.Equal(0.005481m, p.MultiplierTotalRemunerationEra.Value);
        Assert.Equal(threshold, p.SuspensionThreshold.Yen);
        Assert.Equal(dependant, p.DependantSpouseOrChild.Yen);
        Assert.Equal(third, p.DependantThirdChild.Yen);
        Assert.Equal(special, p.SpouseSpecialAddition.Yen);
        Assert.All(p.All, x =>
        {
            Assert.Equal(fy, x.FiscalYear);
            Assert.Equal(new DateOnly(fy, 4, 1), x.EffectiveFrom);
            Assert.Equal(new DateOnly(fy + 1, 3, 31), x.EffectiveTo);
            Assert.False(string.IsNullOrWhiteSpace(x.Rule));
            Assert.StartsWith("Benefits.Parameter.", x.MessageKey);
        });
        Assert.Equal(12, p.All.Select(x => x.Code).Distinct().Count());
    }

    [Theory]
    [InlineData(2025, "1.065", "1.062")]
    [InlineData(2026, "1.085", "1.082")]
    public void RevisedFiguresFollowTheirRule(int fy, string rateText, string olderRateText)
    {
        var p = BenefitParameterCatalogue.ForFiscalYear(fy).Value;
        var rate = decimal.Parse(rateText, System.Globalization.CultureInfo.InvariantCulture);
        var olderRate = decimal.Parse(olderRateText, System.Globalization.CultureInfo.InvariantCulture);
        static long To100(decimal v) => (long)Math.Round(v / 100m, 0, MidpointRounding.AwayFromZero) * 100;

        Assert.Equal(To100(780_900 * rate), p.FullBasicPension.Yen);
        Assert.Equal(To100(780_900 * olderRate), p.FullBasicPensionOlderCohort.Yen);
        Assert.Equal(To100(224_700 * rate), p.DependantSpouseOrChild.Yen);
        Assert.Equal(To100(74_900 * rate), p.DependantThirdChild.Yen);
        Assert.Equal(To100(165_800 * rate), p.SpouseSpecialAddition.Yen);
        Assert.Contains($"780,900 × 改定率 {rateText}, rounded to 100 yen", p.FullBasicPension.Rule);
        Assert.Contains($"224,700 × 改定率 {rateText}", p.DependantSpouseOrChild.Rule);
    }

    [Fact]
    public void DescribesAFigureWithItsYearAndRule()
    {
        var full = BenefitTestData.Fy2026.FullBasicPension;

        Assert.Equal("847,300 yen (FY2026: 780,900 × 改定率 1.085, rounded to 100 yen; born on/after 1956-04-02)", full.Describe());
        Assert.StartsWith("17,920 yen/month (FY2026: ", BenefitTestData.Fy2026.NationalPensionPremium.Describe());
        Assert.EndsWith("(verify)", BenefitTestData.Fy2026.NationalPensionPremium.Describe());
        Assert.StartsWith("5.481/1000 (FY2026: ", BenefitTestData.Fy2026.MultiplierTotalRemunerationEra.Describe());
        Assert.StartsWith("18.3% (FY2026: ", BenefitTestData.Fy2026.EmployeesPensionPremiumRate.Describe());
    }

    [Fact]
    public void MarksTheFiguresDomainFlagsVerify()
    {
        Assert.True(BenefitTestData.Fy2026.NationalPensionPremium.Verify);
        Assert.False(BenefitTestData.Fy2025.NationalPensionPremium.Verify);
        Assert.Equal(["national_pension_premium"], BenefitTestData.Fy2026.All.Where(x => x.Verify).Select(x => x.Code));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2027)]
    [InlineData(1999)]
    public void RefusesAYearWithoutData(int fy)
    {
        var result = BenefitParameterCatalogue.ForFiscalYear(fy);

        Assert.False(result.IsSuccess);
        Assert.Equal("unsupported_fiscal_year", result.Error!.Code);
        Assert.Equal("Benefits.Error.UnsupportedFiscalYear", result.Error.MessageKey);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void ListsTheSupportedYears()
    {
        Assert.Equal([2025, 2026], BenefitParameterCatalogue.SupportedFiscalYears);
    }

    [Theory]
    [InlineData(2026, 3, 31, 2025)]
    [InlineData(2026, 4, 1, 2026)]
    public void PicksTheFiscalYearOfADate(int y, int m, int d, int expected)
    {
        Assert.Equal(expected, BenefitParameterCatalogue.ForDate(new DateOnly(y, m, d)).Value.FiscalYear);
    }

    [Theory]
    [InlineData(1956, 4, 1, 844_900)]
    [InlineData(1956, 4, 2, 847_300)]
    public void PicksTheFullBasicPensionByBirthCohort(int y, int m, int d, long expected)
    {
        Assert.Equal(expected, BenefitTestData.Fy2026.FullBasicPensionFor(new DateOnly(y, m, d)).Yen);
    }
}
