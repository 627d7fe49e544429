using Portal.Domain.Common;
using Portal.Domain.Applications;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class ApplicationPeriods_Years
{
    [Theory]
    [InlineData(2026, 7, 2026)]
    [InlineData(2026, 12, 2026)]
    [InlineData(2027, 1, 2026)]
    [InlineData(2027, 6, 2026)]
    [InlineData(2027, 7, 2027)]
    public void ExemptionYearRunsJulyToJune(int y, int m, int startYear) =>
        Assert.Equal(M(startYear, 7), ApplicationPeriods.ExemptionYearStart(M(y, m)));

    [Theory]
    [InlineData(2026, 4, 2026)]
    [InlineData(2027, 3, 2026)]
    [InlineData(2026, 3, 2025)]
    [InlineData(2026, 12, 2026)]
    public void StudentYearRunsAprilToMarch(int y, int m, int startYear) =>
        Assert.Equal(M(startYear, 4), ApplicationPeriods.StudentYearStart(M(y, m)));

    [Fact]
    public void JulyYIsJudgedOnIncomeOfYMinus1()
    {
        Assert.Equal(2025, ApplicationPeriods.ExemptionIncomeYear(M(2026, 7)));
        Assert.Equal(2025, ApplicationPeriods.ExemptionIncomeYear(M(2027, 6)));
        Assert.Equal(2025, ApplicationPeriods.StudentIncomeYear(M(2026, 4)));
        Assert.Equal(2024, ApplicationPeriods.StudentIncomeYear(M(2026, 3)));
    }

    [Theory]
    [InlineData(2025, 8, 1, 2023, 7)] // DOMAIN's example: August 2025 reaches July 2023
    [InlineData(2025, 8, 31, 2023, 7)]
    [InlineData(2025, 9, 1, 2023, 8)]
    [InlineData(2026, 1, 15, 2023, 12)]
    public void TheWindowReachesTwoYearsAndOneMonthBack(int y, int m, int d, int ey, int em) =>
        Assert.Equal(M(ey, em), ApplicationPeriods.EarliestRetroactiveMonth(D(y, m, d)));
}
