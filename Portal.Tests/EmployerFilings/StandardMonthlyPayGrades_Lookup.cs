using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;

namespace Portal.Tests.EmployerFilings;

public sealed class StandardMonthlyPayGrades_Lookup
{
    private static StandardMonthlyPayGradeTable Table2026 => StandardMonthlyPayGrades.For(new DateOnly(2026, 9, 1))!;

    [Theory]
    [InlineData(0, 1, 88_000)]
    [InlineData(92_999, 1, 88_000)]
    [InlineData(93_000, 2, 98_000)] // exactly on a band boundary: the upper grade
    [InlineData(100_999, 2, 98_000)]
    [InlineData(101_000, 3, 104_000)]
    [InlineData(289_999, 18, 280_000)]
    [InlineData(290_000, 19, 300_000)]
    [InlineData(634_999, 31, 620_000)]
    [InlineData(635_000, 32, 650_000)] // bottom of the top grade
    [InlineData(10_000_000, 32, 650_000)] // the ceiling
    public void PayFallsInTheBandThatStartsAtOrBelowIt(long pay, int grade, long standard)
    {
        var found = Table2026.GradeFor(pay);
        Assert.Equal(grade, found.Grade);
        Assert.Equal(standard, found.StandardPay);
    }

    [Fact]
    public void NegativePayIsTheBottomGrade() => Assert.Equal(1, Table2026.GradeFor(-5).Grade);

    [Fact]
    public void TheTableMatchesDomainSeven()
    {
        Assert.Equal(32, Table2026.Grades.Count);
        Assert.Equal(88_000, Table2026.Lowest.StandardPay);
        Assert.Equal(650_000, Table2026.Highest.StandardPay);
        Assert.Null(Table2026.Highest.PayBelow);
        Assert.Equal(93_000, Table2026.Lowest.PayBelow);
        Assert.Equal(395_000, Table2026.FindByGrade(24)!.PayFrom);
        for (var i = 1; i < Table2026.Grades.Count; i++)
            Assert.Equal(Table2026.Grades[i].PayFrom, Table2026.Grades[i - 1].PayBelow);
    }

    [Fact]
    public void Grade32ExistsFromSeptember2020()
    {
        var august = StandardMonthlyPayGrades.For(new DateOnly(2020, 8, 31))!;
        var september = StandardMonthlyPayGrades.For(new YearMonth(2020, 9))!;
        Assert.Equal(31, august.Grades.Count);
        Assert.Equal(620_000, august.GradeFor(700_000).StandardPay);
        Assert.Equal(650_000, september.GradeFor(700_000).StandardPay);
    }

    [Fact]
    public void BeforeTheOldestTableThereIsNone() => Assert.Null(StandardMonthlyPayGrades.For(new DateOnly(2016, 9, 30)));

    [Fact]
    public void TheCeilingRisesFromSeptember2027AndIsMarkedVerify()
    {
        var table = StandardMonthlyPayGrades.For(new DateOnly(2027, 9, 1))!;
        Assert.True(table.Verify);
        Assert.Equal(680_000, table.Highest.StandardPay);
        Assert.Equal(650_000, StandardMonthlyPayGrades.For(new DateOnly(2027, 8, 31))!.Highest.StandardPay);
    }

    [Theory]
    [InlineData(300_000, 360_000, 3)]
    [InlineData(300_000, 320_000, 1)]
    [InlineData(240_000, 200_000, -2)]
    [InlineData(88_000, 88_000, 0)]
    public void GradeDifferenceCountsGrades(long from, long to, int difference) =>
        Assert.Equal(difference, Table2026.GradeDifference(from, to));

    [Fact]
    public void BandsThatDoNotRiseAreRefused() =>
        Assert.Throws<ArgumentException>(() => new StandardMonthlyPayGradeTable(new DateOnly(2030, 1, 1), [(88_000, 0), (80_000, 93_000)], "x", false));
}
