using Portal.Domain.Common;

namespace Portal.Tests.Common;

public sealed class YearMonth_Construct
{
    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, 13)]
    [InlineData(2026, -1)]
    [InlineData(1899, 12)]
    [InlineData(2201, 1)]
    public void InvalidYearOrMonthThrows(int year, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(year, month));
    }

    [Fact]
    public void KeepsYearAndMonth()
    {
        var (year, month) = new YearMonth(2026, 4);

        Assert.Equal(2026, year);
        Assert.Equal(4, month);
    }

    [Fact]
    public void FromDateTakesTheMonthOfTheDate()
    {
        Assert.Equal(new YearMonth(2024, 2), YearMonth.From(new DateOnly(2024, 2, 29)));
    }

    [Fact]
    public void ToStringIsYearHyphenTwoDigitMonth()
    {
        Assert.Equal("2026-04", new YearMonth(2026, 4).ToString());
        Assert.Equal("1961-12", $"{new YearMonth(1961, 12)}");
    }
}

public sealed class YearMonth_FiscalYear
{
    [Theory]
    [InlineData(2026, 1, 2025)]
    [InlineData(2026, 3, 2025)]
    [InlineData(2026, 4, 2026)]
    [InlineData(2026, 12, 2026)]
    [InlineData(2027, 3, 2026)]
    public void RunsFromAprilToMarch(int year, int month, int fiscalYear)
    {
        Assert.Equal(fiscalYear, new YearMonth(year, month).FiscalYear);
    }
}

public sealed class YearMonth_AddMonths
{
    [Theory]
    [InlineData(2025, 11, 3, 2026, 2)]
    [InlineData(2026, 1, -1, 2025, 12)]
    [InlineData(2026, 4, 0, 2026, 4)]
    [InlineData(2026, 4, 24, 2028, 4)]
    [InlineData(2026, 4, -13, 2025, 3)]
    [InlineData(2025, 12, 1, 2026, 1)]
    public void CrossesYears(int year, int month, int add, int expectedYear, int expectedMonth)
    {
        Assert.Equal(new YearMonth(expectedYear, expectedMonth), new YearMonth(year, month).AddMonths(add));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void ThrowsBefore1900(int add)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(1900, 1).AddMonths(add));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(int.MaxValue)]
    public void ThrowsAfter2200(int add)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(2200, 12).AddMonths(add));
    }
}

public sealed class YearMonth_MonthsUntil
{
    [Theory]
    [InlineData("2026-04", "2026-07", 3)]
    [InlineData("2026-04", "2026-04", 0)]
    [InlineData("2025-04", "2026-04", 12)]
    [InlineData("2025-11", "2026-02", 3)]
    [InlineData("2026-07", "2026-04", -3)]
    public void CountsMonthsExcludingTheOther(string from, string other, int expected)
    {
        Assert.Equal(expected, YearMonth.Parse(from).Value.MonthsUntil(YearMonth.Parse(other).Value));
    }

    [Fact]
    public void AgreesWithAddMonths()
    {
        var start = new YearMonth(1961, 4);

        Assert.Equal(480, start.MonthsUntil(start.AddMonths(480)));
    }
}

public sealed class YearMonth_Days
{
    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(2026, 2, 28)]
    [InlineData(2026, 4, 30)]
    [InlineData(2026, 12, 31)]
    public void LastDayIsTheEndOfTheMonth(int year, int month, int lastDay)
    {
        var ym = new YearMonth(year, month);

        Assert.Equal(new DateOnly(year, month, 1), ym.FirstDay);
        Assert.Equal(new DateOnly(year, month, lastDay), ym.LastDay);
    }
}

public sealed class YearMonth_Parse
{
    [Theory]
    [InlineData("2026-04")]
    [InlineData("2026/04")]
    [InlineData("202604")]
    [InlineData("2026-4")]
    [InlineData("2026/4")]
    [InlineData("２０２６－０４")]
    [InlineData("２０２６／０４")]
    [InlineData("\u3000 2026-04 ")]
    public void AcceptsTheUsualForms(string input)
    {
        var result = YearMonth.Parse(input);

        Assert.True(result.IsValid, result.Error?.Code);
        Assert.Equal(new YearMonth(2026, 4), result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u3000")]
    public void RefusesMissingInputAsRequired(string? input)
    {
        var result = YearMonth.Parse(input);

        Assert.Equal("required", result.Error?.Code);
        Assert.Equal("Identifier.YearMonth.Required", result.Error!.MessageKey);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("202600")]
    [InlineData("1899-12")]
    [InlineData("2201-01")]
    [InlineData("26-04")]
    [InlineData("2026.04")]
    [InlineData("2026-04-01")]
    [InlineData("2026 04")]
    [InlineData("2026-+4")]
    [InlineData("abcd-ef")]
    [InlineData("2026年4月")]
    [InlineData("20264")]
    public void RefusesOtherTextAsFormat(string input)
    {
        var result = YearMonth.Parse(input);

        Assert.Equal("format", result.Error?.Code);
        Assert.Equal("Identifier.YearMonth.Format", result.Error!.MessageKey);
    }

    [Fact]
    public void ToStringParsesBack()
    {
        var month = new YearMonth(1986, 4);

        Assert.Equal(month, YearMonth.Parse(month.ToString()).Value);
    }
}

public sealed class YearMonth_Storage
{
    [Fact]
    public void ToIntIsYearTimesHundredPlusMonth()
    {
        Assert.Equal(202604, new YearMonth(2026, 4).ToInt());
        Assert.Equal(new YearMonth(2026, 4), YearMonth.FromInt(202604));
    }

    [Fact]
    public void ToIntAndFromIntRoundTrip()
    {
        foreach (var month in YearMonth.Range(new YearMonth(1900, 1), new YearMonth(2200, 12)))
            Assert.Equal(month, YearMonth.FromInt(month.ToInt()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(202600)]
    [InlineData(202613)]
    [InlineData(189912)]
    [InlineData(-202604)]
    public void FromIntThrowsForInvalidValues(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => YearMonth.FromInt(value));
    }
}

public sealed class YearMonth_Compare
{
    private static readonly YearMonth March = new(2026, 3);
    private static readonly YearMonth April = new(2026, 4);
    private static readonly YearMonth NextJanuary = new(2027, 1);

    [Fact]
    public void OperatorsFollowTheCalendar()
    {
        Assert.True(March < April);
        Assert.True(March <= April);
        Assert.True(April <= new YearMonth(2026, 4));
        Assert.True(NextJanuary > April);
        Assert.True(NextJanuary >= April);
        Assert.False(April < March);
        Assert.False(April > NextJanuary);
    }

    [Fact]
    public void SortsChronologically()
    {
        var sorted = new[] { NextJanuary, April, March }.Order().ToArray();

        Assert.Equal([March, April, NextJanuary], sorted);
        Assert.Equal(0, April.CompareTo(new YearMonth(2026, 4)));
    }
}

public sealed class YearMonth_Range
{
    [Fact]
    public void EnumeratesEveryMonthInclusive()
    {
        var months = YearMonth.Range(new YearMonth(2025, 11), new YearMonth(2026, 2)).Select(m => m.ToString());

        Assert.Equal(["2025-11", "2025-12", "2026-01", "2026-02"], months);
    }

    [Fact]
    public void ASingleMonthRangeHasOneMonth()
    {
        Assert.Single(YearMonth.Range(new YearMonth(2026, 4), new YearMonth(2026, 4)));
    }

    [Fact]
    public void IsEmptyWhenTheEndIsEarlier()
    {
        Assert.Empty(YearMonth.Range(new YearMonth(2026, 4), new YearMonth(2026, 3)));
    }
}
